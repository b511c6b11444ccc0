using System.Collections.Concurrent;
using Conformance.Obshell.Protocol;
using Conformance.Obshell.Stub;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Stub;

/// <summary>The stub's one line per refusal names the stage of the header or body that failed, and never a password.</summary>
public sealed class DiagnosticsTests
{
    private const string ScaleInPath = "/api/v1/ob/scale_in";

    private readonly ManualTimeProvider time = new(new DateTimeOffset(2024, 12, 23, 11, 38, 38, TimeSpan.Zero));
    private readonly ConcurrentQueue<string> lines = new();
    private StubHost host = null!;
    private ObshellTestClient client = null!;

    private ObshellStubFixtures F => host.Stub.Fixtures;

    [OneTimeSetUp]
    public void StartStub()
    {
        host = new StubHost(new ObshellStubOptions { TimeProvider = time, Diagnostics = lines.Enqueue });
        client = host.Client(time);
    }

    [OneTimeTearDown]
    public void StopStub()
    {
        client.Dispose();
        host.Dispose();
    }

    [SetUp]
    public void Forget()
    {
        host.Stub.Reset();
        lines.Clear();
    }

    [TearDown]
    public void NoPasswordInAnyLine()
    {
        lines.Should().NotContain(l => l.Contains(F.RootPassword) || l.Contains(F.AgentPassword) || l.Contains('\n'));
    }

    private static ObshellCall ScaleIn() =>
        new(HttpMethod.Post, ScaleInPath) { BodyJson = """{"agent_info":{"ip":"10.10.10.4","port":2886}}""" };

    [Test]
    public async Task A_header_for_another_uri_shows_both_uris()
    {
        (await client.SendAsync(ScaleIn() with { HeaderUri = "/api/v1/observer" })).Status.Should().Be(401);

        lines.Should().ContainSingle().Which.Should().Be(
            $"POST {ScaleInPath}: 401 Security.Authentication.Header.UriMismatch: UriMismatch: header field 'uri': '/api/v1/observer' is not the request's path and query '{ScaleInPath}'");
    }

    [Test]
    public async Task An_expired_ts_shows_the_ts_and_the_stubs_now()
    {
        var expiry = time.GetUtcNow().AddSeconds(-30).ToUnixTimeSeconds();
        (await client.SendAsync(ScaleIn() with { ExpiresIn = TimeSpan.FromSeconds(-30) })).Status.Should().Be(401);

        var line = lines.Should().ContainSingle().Subject;
        line.Should().StartWith($"POST {ScaleInPath}: 401 Security.Authentication.Expired: Expired: header field 'ts':");
        line.Should().Contain($"expired at {expiry}").And.Contain($"stub's now {time.GetUtcNow().ToUnixTimeSeconds()}").And.Contain("30 s before");
    }

    [Test]
    public async Task A_wrong_password_is_named_but_never_shown()
    {
        (await client.SendAsync(ScaleIn() with { Password = F.AgentPassword })).Status.Should().Be(401);

        var line = lines.Should().ContainSingle().Subject;
        line.Should().Contain("IncorrectPassword: header field 'auth'").And.Contain(ObshellHeaders.Root);
    }

    [Test]
    public async Task A_password_put_in_the_uri_field_is_masked()
    {
        await client.SendAsync(ScaleIn() with { HeaderUri = F.RootPassword });

        lines.Should().ContainSingle().Which.Should().Contain("header field 'uri': '***'");
    }

    [Test]
    public async Task A_header_that_does_not_decrypt_names_the_rsa_step()
    {
        await client.SendAsync(ScaleIn() with { RawHeader = "Zm9vYmFy" });

        lines.Should().ContainSingle().Which.Should()
            .Contain("401 Security.Authentication.Header.DecryptFailed: HeaderDecryptFailed: RSA unwrap: 6 bytes is not a whole number of 128-byte RSA blocks");
    }

    [Test]
    public async Task A_header_json_with_a_numeric_ts_names_the_field()
    {
        var json = $$"""{"auth":"{{F.RootPassword}}","ts":12,"uri":"{{ScaleInPath}}","keys":"{{AesKeyMaterial.CreateRandom().ToBase64()}}"}""";
        await client.SendAsync(ScaleIn() with { HeaderJson = json });

        lines.Should().ContainSingle().Which.Should().EndWith("HeaderDecryptFailed: header field 'ts': a Number, not a string");
    }

    [Test]
    public async Task A_short_key_and_iv_gives_its_length()
    {
        var json = $$"""{"auth":"{{F.RootPassword}}","ts":"{{time.GetUtcNow().AddSeconds(60).ToUnixTimeSeconds()}}","uri":"{{ScaleInPath}}","keys":"{{Convert.ToBase64String(new byte[16])}}"}""";
        await client.SendAsync(ScaleIn() with { HeaderJson = json, RawBody = "AAAAAAAAAAAAAAAAAAAAAA==" });

        lines.Should().ContainSingle().Which.Should().Contain("500 Request.Body.Decrypt.AES.KeyAndIv.Invalid: KeyAndIvInvalid: header field 'keys': key||iv is 16 bytes");
    }

    [Test]
    public async Task A_body_that_is_not_json_names_the_body_json_stage()
    {
        await client.SendAsync(ScaleIn() with { BodyJson = "{nope" });

        lines.Should().ContainSingle().Which.Should().Contain("400 Common.BindJsonFailed: body JSON: the decrypted body (5 bytes) is not JSON");
    }

    [Test]
    public async Task An_accepted_request_reports_nothing()
    {
        (await client.SendAsync(ScaleIn())).Status.Should().Be(200);

        lines.Should().BeEmpty();
    }
}
