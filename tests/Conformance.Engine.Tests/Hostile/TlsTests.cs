using System.Security.Cryptography.X509Certificates;
using Conformance.Engine.Results;
using FluentAssertions;

namespace Conformance.Engine.Tests.Hostile;

/// <summary>A TLS target with a self-signed certificate: refused by default, accepted with --insecure.</summary>
public sealed class TlsTests
{
    private X509Certificate2 _certificate = null!;

    [OneTimeSetUp]
    public void CreateCertificate() => _certificate = SelfSignedCertificate.Create();

    [OneTimeTearDown]
    public void DisposeCertificate() => _certificate.Dispose();

    [Test]
    public async Task A_self_signed_certificate_is_refused_naming_tls_and_insecure()
    {
        await using var server = FaultServer.Start(FaultMode.Json, _certificate);

        var run = await HostileSuite.RunAsync(server.BaseUrl);

        run.Outcome.Should().Be(Outcome.CouldNotRun);
        run.Results[0].TransportFailure.Should().BeTrue();
        run.Results[0].Message.Should().Contain("TLS refused").And.Contain("--insecure");
        run.AbortReason.Should().Contain("TLS refused");
    }

    [Test]
    public async Task A_self_signed_certificate_is_accepted_with_insecure()
    {
        await using var server = FaultServer.Start(FaultMode.Json, _certificate);

        var run = await HostileSuite.RunAsync(server.BaseUrl, HostileSuite.Limits with { Insecure = true });

        run.Results.Should().HaveCount(5).And.OnlyContain(r => r.Status == ScenarioStatus.Passed);
        run.Outcome.Should().Be(Outcome.Conformant);
    }
}
