using System.Text;
using Conformance.Cce.Explore;
using Conformance.Engine.Http;
using Conformance.Obshell.Drivers;
using Conformance.Obshell.Explore;
using FluentAssertions;

namespace Conformance.Cli.Tests.Explore;

/// <summary>The auth checks' levels and orderings, including the answers no stub deviation produces (skew, short key, bind before auth).</summary>
[TestFixture]
[Category("explore")]
public sealed class AuthCheckTests
{
    private const string Valid = "{\"agent_info\":{\"ip\":\"10.254.0.1\",\"port\":2886}}";
    private const string Invalid = "{\"agent_info\":null}";

    [TestCase(RequestFault.ShortKeyAndIv, Valid, 500, "Request.Body.Decrypt.AES.KeyAndIv.Invalid", null)]
    [TestCase(RequestFault.ShortKeyAndIv, Valid, 401, "Security.Authentication.Header.DecryptFailed", "OBS-029|SHOULD")]
    [TestCase(RequestFault.NoAuthHeader, Valid, 400, "Request.Header.NotFound", null)]
    [TestCase(RequestFault.NoAuthHeader, Valid, 401, "Security.Authentication.Header.NotFound", "OBS-025|MUST")]
    [TestCase(RequestFault.WrongPassword, Invalid, 401, "Security.Authentication.IncorrectOceanbasePassword", null)]
    [TestCase(RequestFault.WrongPassword, Invalid, 400, "Common.BindJsonFailed", "OBS-028|MUST")]
    [TestCase(RequestFault.UriMismatch, Valid, 204, "", "OBS-026|MUST")]
    [TestCase(RequestFault.NonIntegerTs, Valid, 204, "", "OBS-030|SHOULD")]
    public void Obshell(RequestFault fault, string body, int status, string code, string? broken)
    {
        var answer = Answer(status, code.Length == 0 ? string.Empty : $"{{\"status\":{status},\"error\":{{\"errCode\":\"{code}\"}}}}");
        ObshellAuthChecks.Judge(fault, ObshellOracle.Judge(body), answer).Select(v => $"{v.RequirementId}|{v.Level}").SingleOrDefault().Should().Be(broken);
    }

    [Test]
    public void A_short_key_and_iv_without_a_body_is_not_judged_the_server_never_decrypts_one()
    {
        // Found by 10,000 explored requests against the stub: an empty body binds as {} and is refused 400.
        var answer = Answer(400, "{\"status\":400,\"error\":{\"errCode\":\"Common.BindJsonFailed\"}}");

        ObshellAuthChecks.Judge(RequestFault.ShortKeyAndIv, ObshellOracle.Judge(string.Empty), answer, bodySent: false).Should().BeEmpty();
        ObshellAuthChecks.Judge(RequestFault.ShortKeyAndIv, ObshellOracle.Judge(Valid), answer, bodySent: true).Should().ContainSingle();
    }

    [Test]
    public void Over_200_nodes_without_credentials_is_held_to_the_auth_rule_not_the_node_limit()
    {
        // Found by 10,000 explored requests against the stub: authentication comes first, so 401 is right here.
        const string path = "/api/v3/projects/p/clusters/c/nodes/operation/remove";
        var nodes = string.Join(",", Enumerable.Range(0, 201).Select(i => $"{{\"uid\":\"u{i}\"}}"));
        var request = new Conformance.Engine.Explore.ProbeRequest("cce", "PUT", path, $"{{\"spec\":{{\"nodes\":[{nodes}]}}}}", "application/json") { Fault = CceAuthFaults.NoCredentials };
        var checks = new CceChecks(new Conformance.Engine.Schemas.SchemaValidator(Conformance.Cli.Jobs.SuiteLocator.Find(null)), path);

        var found = checks.Judge(request, Answer(401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"no credentials\"}"));

        found.Select(v => v.RequirementId).Should().NotContain("CCE-011");
        checks.Judge(request with { Fault = null }, Answer(401, "{}")).Select(v => v.RequirementId).Should().Contain("CCE-011");
    }

    [TestCase(CceAuthFaults.NoCredentials, false, 401, null)]
    [TestCase(CceAuthFaults.NoCredentials, false, 404, "CCE-053|MUST")]
    [TestCase(CceAuthFaults.WrongToken, false, 200, "CCE-054|MUST")]
    [TestCase(CceAuthFaults.WrongSignature, false, 200, "CCE-055|MUST")]
    [TestCase(CceAuthFaults.WrongToken, true, 400, "CCE-058|MUST")]
    [TestCase(CceAuthFaults.SdkDateSkewed, false, 404, "CCE-057|SHOULD")]
    [TestCase(CceAuthFaults.SdkDateSkewed, true, 400, null)]
    public void Cce(string fault, bool refusable, int status, string? broken) =>
        CceAuthChecks.Judge(fault, refusable, status).Select(v => $"{v.RequirementId}|{v.Level}").SingleOrDefault().Should().Be(broken);

    private static HttpResult Answer(int status, string body) =>
        new(status, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body), TimeSpan.Zero);
}
