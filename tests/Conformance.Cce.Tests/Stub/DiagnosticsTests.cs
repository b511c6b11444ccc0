using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Conformance.Cce.Stub;
using Conformance.Cce.Tests.Support;

namespace Conformance.Cce.Tests.Stub;

/// <summary>The stub's one line per refusal: the failed stage, the stub's side of the signature, and never a credential.</summary>
public sealed partial class DiagnosticsTests : StubTestBase
{
    private readonly ConcurrentQueue<string> lines = new();

    private string OneNode => Body([F.NodeUids[0]]);

    protected override CceStubOptions Options(CceStubOptions defaults) => defaults with { Diagnostics = lines.Enqueue };

    [SetUp]
    public void Forget() => lines.Clear();

    [Test]
    public async Task A_header_changed_after_signing_names_the_mismatch_the_signed_headers_and_the_stubs_canonical_request()
    {
        string? authorization = null;
        var reply = await SendAsync(HttpMethod.Put, RemovePath(), OneNode, Auth.AkSk, "application/json", r =>
        {
            authorization = string.Join(",", r.Headers.GetValues("Authorization"));
            r.Headers.Remove("X-Project-Id");
            r.Headers.Add("X-Project-Id", F.UnknownProjectId);
        });

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        var line = lines.Should().ContainSingle().Subject;
        line.Should().StartWith($"PUT {RemovePath()}: 401 {CceErrorCodes.GatewayAuthFailed}: AK/SK SignatureMismatch");
        line.Should().NotContain("\n").And.NotContain("\r");
        line.Should().Contain("SignedHeaders=content-type;host;x-project-id;x-sdk-date");
        line.Should().Contain($@"canonical request: PUT\n{RemovePath()}/\n\ncontent-type:application/json\n");
        line.Should().Contain($@"\nx-project-id:{F.UnknownProjectId}\n", "the canonical request is built from the bytes the stub received");

        // The string to sign carries the hash of the canonical request the line shows, as a client computes it.
        var canonical = CanonicalIn(line).Replace(@"\n", "\n", StringComparison.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        line.Should().Contain($@"string to sign: SDK-HMAC-SHA256\n{Clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}\n{hash}");

        var signature = SignatureIn().Match(authorization!).Groups[1].Value;
        signature.Should().HaveLength(64);
        line.Should().Contain($"Signature={signature[..8]}...").And.NotContain(signature[..9]);
        line.Should().NotContain(F.SecretKey);
    }

    [Test]
    public async Task A_secret_sent_in_a_signed_header_is_masked()
    {
        await SendAsync(HttpMethod.Put, RemovePath(), OneNode, Auth.AkSk, "application/json", r =>
        {
            r.Headers.Remove("X-Project-Id");
            r.Headers.Add("X-Project-Id", F.SecretKey);
        });

        var line = lines.Should().ContainSingle().Subject;
        line.Should().Contain("x-project-id:***").And.NotContain(F.SecretKey);
    }

    [Test]
    public async Task A_wrong_token_says_so_without_the_token()
    {
        var reply = await SendAsync(HttpMethod.Put, RemovePath(), OneNode, Auth.None, "application/json",
            r => r.Headers.Add("X-Auth-Token", "MIIwrongTokenValue"));

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        var line = lines.Should().ContainSingle().Subject;
        line.Should().StartWith($"PUT {RemovePath()}: 401 {CceErrorCodes.GatewayAuthFailed}: token: X-Auth-Token");
        line.Should().Contain("is not the stub's token").And.NotContain("MIIwrongTokenValue").And.NotContain(F.Token);
    }

    [Test]
    public async Task No_credentials_names_the_missing_headers()
    {
        await RemoveAsync(OneNode, Auth.None);

        lines.Should().ContainSingle().Which.Should().Contain("neither X-Auth-Token nor Authorization");
    }

    [Test]
    public async Task A_refusal_after_the_gateway_reports_the_bodys_code_and_detail()
    {
        await RemoveAsync(Body([F.UnknownNodeUid]));

        lines.Should().ContainSingle().Which.Should()
            .Be($"PUT {RemovePath()}: 404 {CceErrorCodes.NotFound}: node {F.UnknownNodeUid} not found in cluster {F.ClusterId}");
    }

    [Test]
    public async Task An_accepted_request_reports_nothing()
    {
        (await RemoveAsync(OneNode, Auth.AkSk)).Status.Should().Be(HttpStatusCode.OK);

        lines.Should().BeEmpty();
    }

    private static string CanonicalIn(string line)
    {
        var start = line.IndexOf("canonical request: ", StringComparison.Ordinal) + "canonical request: ".Length;
        return line[start..line.IndexOf("; stub's string to sign: ", StringComparison.Ordinal)];
    }

    [GeneratedRegex("Signature=([0-9a-f]+)")]
    private static partial Regex SignatureIn();
}
