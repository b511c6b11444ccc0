using System.Text;
using Conformance.Cce.Protocol;
using Conformance.Cce.Tests.Support;

namespace Conformance.Cce.Tests.Protocol;

public sealed class VerifierTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly AkSkCredentials Keys = new("AK123", "SK456");

    private static SignableRequest Signed(TimeProvider? signingClock = null) =>
        new AkSkSigner(Keys, signingClock ?? new ManualTimeProvider(Now)).Sign(
            SignableRequest.FromUri("PUT", new Uri("http://127.0.0.1:8080/api/v3/projects/p/clusters/c/nodes/operation/remove"),
                [new("Content-Type", "application/json"), new("Host", "127.0.0.1:8080"), new("X-Project-Id", "p")],
                Encoding.UTF8.GetBytes("{\"spec\":{}}")))
            .Request;

    private static VerificationResult Verify(SignableRequest request) =>
        new AkSkVerifier(Keys, new ManualTimeProvider(Now)).Verify(request);

    [Test]
    public void Accepts_what_the_signer_makes() => Verify(Signed()).IsValid.Should().BeTrue();

    [Test]
    public void Rejects_a_changed_body() =>
        Verify(Signed() with { Body = Encoding.UTF8.GetBytes("{\"spec\":{ }}") }).Outcome
            .Should().Be(VerificationOutcome.SignatureMismatch);

    [Test]
    public void Rejects_a_changed_signed_header() =>
        Verify(Signed().WithHeader("X-Project-Id", "other")).Outcome.Should().Be(VerificationOutcome.SignatureMismatch);

    [Test]
    public void Ignores_an_unsigned_header() =>
        Verify(Signed().WithHeader("User-Agent", "anything")).IsValid.Should().BeTrue();

    [Test]
    public void Rejects_a_changed_date() =>
        Verify(Signed().WithHeader("X-Sdk-Date", AkSkSigner.FormatDate(Now.AddSeconds(1)))).Outcome
            .Should().Be(VerificationOutcome.SignatureMismatch);

    [Test]
    public void Rejects_a_changed_path() =>
        Verify(Signed() with { Path = "/api/v3/projects/p/clusters/d/nodes/operation/remove" }).Outcome
            .Should().Be(VerificationOutcome.SignatureMismatch);

    [TestCase(-16, VerificationOutcome.DateSkewed)]
    [TestCase(16, VerificationOutcome.DateSkewed)]
    [TestCase(-15, VerificationOutcome.Valid)]
    [TestCase(14, VerificationOutcome.Valid)]
    public void Checks_the_clock_skew(int minutes, VerificationOutcome expected) =>
        Verify(Signed(new ManualTimeProvider(Now.AddMinutes(minutes)))).Outcome.Should().Be(expected);

    [Test]
    public void Rejects_a_missing_authorization() =>
        Verify(SignableRequest.FromUri("GET", new Uri("http://h/"), [])).Outcome
            .Should().Be(VerificationOutcome.MissingAuthorization);

    [Test]
    public void Rejects_an_unknown_access_key()
    {
        var request = new AkSkSigner(Keys with { AccessKey = "OTHER" }, new ManualTimeProvider(Now))
            .Sign(SignableRequest.FromUri("GET", new Uri("http://h/"), [])).Request;
        Verify(request).Outcome.Should().Be(VerificationOutcome.UnknownAccessKey);
    }

    [Test]
    public void Rejects_a_wrong_secret_key()
    {
        var request = new AkSkSigner(Keys with { SecretKey = "wrong" }, new ManualTimeProvider(Now))
            .Sign(SignableRequest.FromUri("GET", new Uri("http://h/"), [])).Request;
        Verify(request).Outcome.Should().Be(VerificationOutcome.SignatureMismatch);
    }

    [Test]
    public void Rejects_a_signed_header_that_is_absent()
    {
        var request = Signed();
        request = request with { Headers = request.Headers.Where(h => h.Key != "X-Project-Id").ToList() };
        Verify(request).Outcome.Should().Be(VerificationOutcome.MissingSignedHeader);
    }

    [Test]
    public void Rejects_a_malformed_date() =>
        Verify(Signed().WithHeader("X-Sdk-Date", "2025-06-01T12:00:00Z")).Outcome.Should().Be(VerificationOutcome.MalformedDate);

    [Test]
    public void Verifies_with_the_headers_the_request_names()
    {
        var unsigned = SignableRequest.FromUri("GET", new Uri("http://h/jobs/1"),
            [new("Host", "h"), new("User-Agent", "sdk"), new("X-Project-Id", "p")], Encoding.UTF8.GetBytes("{}"));
        var signed = new AkSkSigner(Keys, new ManualTimeProvider(Now)).Sign(unsigned, ["user-agent", "x-project-id"]);

        signed.Authorization.SignedHeaders.Should().Equal("user-agent", "x-project-id", "x-sdk-date");
        Verify(signed.Request).IsValid.Should().BeTrue();
        Verify(signed.Request.WithHeader("Host", "changed")).IsValid.Should().BeTrue();
    }
}
