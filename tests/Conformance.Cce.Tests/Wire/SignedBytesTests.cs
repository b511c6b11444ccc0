using System.Text;
using Conformance.Cce.Drivers;
using Conformance.Cce.Protocol;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;
using Conformance.Testing;

namespace Conformance.Cce.Tests.Wire;

/// <summary>
/// What is signed is what is sent: every request shape the suite sends goes through the harness's own path (the
/// authenticator, then the recording client) to a plain TCP listener, and the SDK-HMAC-SHA256 signature is computed
/// again from the captured bytes alone.
/// </summary>
public sealed class SignedBytesTests
{
    private static readonly AkSkCredentials Keys = new("WIRETESTAK0000000001", "WireTestSecretKey00000000000000000000001");

    [TestCase("application/json")]
    [TestCase("application/json;charset=utf-8")]
    [TestCase("application/json; charset=utf-8")]
    [TestCase("text/plain")]
    [TestCase("application/x-pem-file")]
    public async Task A_removal_signed_with_each_content_type_row_verifies_from_the_bytes_sent(string contentType)
    {
        var raw = await SendAsync(HttpMethod.Put, "/api/v3/projects/p1/clusters/c1/nodes/operation/remove", """{"spec":{"nodes":[{"uid":"n1"}]}}""", contentType);

        raw.Values("Content-Type").Should().Equal(contentType);
        Verify(raw).Should().Be(VerificationOutcome.Valid);
    }

    [TestCase("")]
    [TestCase("?limit=1")]
    [TestCase("?b=2&a=1&a=0&empty=&sp=a%20b")]
    public async Task A_GET_with_and_without_a_query_verifies_from_the_bytes_sent(string query)
    {
        var raw = await SendAsync(HttpMethod.Get, "/api/v3/projects/p1/jobs/j-1" + query, null, null);

        raw.Target.Should().Be("/api/v3/projects/p1/jobs/j-1" + query);
        Verify(raw).Should().Be(VerificationOutcome.Valid);
    }

    [Test]
    public async Task A_repeated_header_and_unusual_spacing_verify_from_the_bytes_sent()
    {
        var raw = await SendAsync(HttpMethod.Put, "/api/v3/projects/p1/clusters/c1/nodes/operation/remove", "{}", "application/json", m =>
        {
            m.Headers.TryAddWithoutValidation("X-Extra", "first");
            m.Headers.TryAddWithoutValidation("X-Extra", "  second  ");
            m.Headers.TryAddWithoutValidation("X-Spaced", "a   b\t c");
        });

        Verify(raw).Should().Be(VerificationOutcome.Valid, raw.Head);
    }

    [Test]
    public async Task The_capture_sees_a_signature_that_does_not_match_the_bytes()
    {
        // Guards the test itself: a value changed after signing must be caught from the bytes.
        var raw = await SendAsync(HttpMethod.Put, "/api/v3/projects/p1/clusters/c1/nodes/operation/remove", "{}", "application/json", after: m =>
        {
            m.Headers.Remove("X-Project-Id");
            m.Headers.TryAddWithoutValidation("X-Project-Id", "p2");
        });

        Verify(raw).Should().Be(VerificationOutcome.SignatureMismatch);
    }

    private static VerificationOutcome Verify(RawRequest raw) =>
        new AkSkVerifier(Keys, TimeProvider.System).Verify(new SignableRequest(raw.Method, raw.Path, raw.Query, raw.Headers, raw.Body)).Outcome;

    private static async Task<RawRequest> SendAsync(
        HttpMethod method, string pathAndQuery, string? body, string? contentType, Action<HttpRequestMessage>? before = null, Action<HttpRequestMessage>? after = null)
    {
        using var capture = new RawCapture();
        using var http = new TargetHttp(new HttpOptions());
        var profile = new Conformance.Engine.Packs.PackList([new Conformance.Cce.CcePack()]).Profiles.Parse(
            "{\"cce\": {\"baseUrl\": \"" + capture.Url + "\", \"projectId\": \"p1\", \"clusterId\": \"c1\", \"auth\": {\"akEnv\": \"WIRE_AK\", \"skEnv\": \"WIRE_SK\"}}}");
        var run = new RunContext
        {
            Profile = profile,
            Secrets = new SecretStore(new SecretMasker(), new Dictionary<string, string> { ["WIRE_AK"] = Keys.AccessKey, ["WIRE_SK"] = Keys.SecretKey }, _ => null),
            Http = http,
            Schemas = new SchemaValidator(SourceTree.Root),
        };
        return await capture.CaptureAsync(async url =>
        {
            using var message = new HttpRequestMessage(method, new Uri(url, pathAndQuery));
            if (body is not null)
            {
                message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            before?.Invoke(message);
            await new RequestAuthenticator(run).ApplyAsync(message, CceAuthMode.Profile, "p1");
            after?.Invoke(message);
            await new ScenarioHttp(run, new ScenarioLog()).SendAsync(message);
        });
    }
}
