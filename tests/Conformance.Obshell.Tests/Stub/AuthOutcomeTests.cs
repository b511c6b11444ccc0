using Conformance.Obshell.Protocol;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Stub;

/// <summary>The authentication rows of the outcome table, in the table's order.</summary>
public class AuthOutcomeTests : StubTestBase
{
    private static ObshellCall ScaleIn(string body = """{"agent_info":{"ip":"10.10.10.4","port":2886}}""") =>
        new(HttpMethod.Post, "/api/v1/ob/scale_in") { BodyJson = body };

    [Test]
    public async Task Missing_header_is_400_even_with_a_bad_body()
    {
        ShouldFail(await Client.SendAsync(ScaleIn() with { RawHeader = "", RawBody = "not even base64" }), 400, "Request.Header.NotFound");
    }

    [Test]
    public async Task Undecryptable_header_is_401_with_legacy_code_1_and_empty_trace_id()
    {
        var answer = await Client.SendAsync(ScaleIn() with { RawHeader = "Zm9vYmFy", TraceId = "trace-me" });
        ShouldFail(answer, 401, "Security.Authentication.Header.DecryptFailed");
        answer.Json!["error"]!["code"]!.GetValue<int>().Should().Be(1);
        answer.Json!["traceId"]!.GetValue<string>().Should().BeEmpty();
    }

    [Test]
    public async Task Uri_mismatch_is_401()
    {
        ShouldFail(await Client.SendAsync(ScaleIn() with { HeaderUri = "/api/v1/observer" }), 401, "Security.Authentication.Header.UriMismatch");
    }

    [Test]
    public async Task Expired_ts_is_401()
    {
        ShouldFail(await Client.SendAsync(ScaleIn() with { ExpiresIn = TimeSpan.FromSeconds(-1) }), 401, "Security.Authentication.Expired");
    }

    [Test]
    public async Task Non_integer_ts_is_401()
    {
        var json = $$"""{"auth":"{{F.RootPassword}}","ts":"tomorrow","uri":"/api/v1/ob/scale_in","keys":"{{AesKeyMaterial.CreateRandom().ToBase64()}}"}""";
        var answer = await Client.SendAsync(ScaleIn() with { HeaderJson = json });
        answer.Status.Should().Be(401);
        answer.ErrCode.Should().StartWith("Security.Authentication.");
    }

    [Test]
    public async Task Wrong_password_is_401_even_with_a_bad_body()
    {
        ShouldFail(await Client.SendAsync(ScaleIn("{nope") with { Password = "wrong" }), 401, "Security.Authentication.IncorrectOceanbasePassword");
    }

    [Test]
    public async Task Agent_header_takes_the_agent_password()
    {
        var call = ScaleIn() with { HeaderName = ObshellHeaders.Agent };
        ShouldFail(await Client.SendAsync(call), 401, "Security.Authentication.IncorrectOceanbasePassword");
        (await Client.SendAsync(call with { Password = F.AgentPassword })).Status.Should().Be(200);
    }

    [Test]
    public async Task Short_key_and_iv_is_500()
    {
        var json = $$"""{"auth":"{{F.RootPassword}}","ts":"{{Time.GetUtcNow().AddSeconds(60).ToUnixTimeSeconds()}}","uri":"/api/v1/ob/scale_in","keys":"{{Convert.ToBase64String(new byte[16])}}"}""";
        ShouldFail(await Client.SendAsync(ScaleIn() with { HeaderJson = json, RawBody = "AAAAAAAAAAAAAAAAAAAAAA==" }), 500, "Request.Body.Decrypt.AES.KeyAndIv.Invalid");
    }

    [Test]
    public async Task Tampered_body_is_refused()
    {
        var answer = await Client.SendAsync(ScaleIn() with { RawBody = "AAAAAAAAAAAAAAAAAAAAAA==" });
        answer.Status.Should().BeOneOf(400, 500);
        Host.Stub.Members.Should().Contain(F.Removable[0]);
    }
}
