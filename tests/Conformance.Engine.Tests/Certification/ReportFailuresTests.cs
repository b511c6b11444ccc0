using Conformance.Engine.Certification;
using FluentAssertions;

namespace Conformance.Engine.Tests.Certification;

public sealed class ReportFailuresTests
{
    private static readonly string[] Failure = ["junit.xml could not be written: disk full (IOException)"];

    [Test]
    public void A_conformant_run_that_lost_a_report_is_not_conformant_and_says_why()
    {
        var certificate = ReportFailures.Apply(Certificates.With("OBS-001:MUST:passed"), Failure);

        certificate.Outcome.Should().Be("not-conformant");
        certificate.Verdict.Should().Be("not-conformant");
        certificate.Reason.Should().Be($"the harness could not write 1 report(s): {Failure[0]}");
        certificate.Problems.Should().Equal(Failure);
        BaselineGate.ExitCode(certificate, baseline: null).Should().Be(1);
    }

    [Test]
    public void A_not_conformant_run_keeps_its_reason_and_lists_the_lost_report()
    {
        var judged = Certificates.With("OBS-001:MUST:failed") with { Reason = "MUST requirement(s) failed: OBS-001" };

        var certificate = ReportFailures.Apply(judged, Failure);

        certificate.Reason.Should().Be("MUST requirement(s) failed: OBS-001");
        certificate.Problems.Should().Equal(Failure);
    }

    [Test]
    public void Without_failures_the_certificate_is_unchanged()
    {
        var judged = Certificates.With("OBS-001:MUST:passed");

        ReportFailures.Apply(judged, []).Should().BeSameAs(judged);
    }
}
