using Conformance.Obshell.Stub;
using Conformance.Cce.Stub;
using System.Text.Json.Nodes;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>
/// Every auth configuration a profile can name, run through the whole suite against the reference stub: a conformant
/// server must come out conformant in each, and a mode that cannot show a rule leaves it not-run naming the field.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("auth-matrix")]
public sealed class AuthMatrixTests
{
    [TestCase("token only", true, false)]
    [TestCase("AK/SK only", false, true)]
    [TestCase("token and AK/SK", true, true)]
    public async Task The_CCE_suite_passes_in_every_auth_mode(string mode, bool token, bool aksk)
    {
        using var stub = ReferenceStub.Start();
        var json = StubProfile.Json(stub.Url);
        var auth = new JsonObject();
        if (token)
        {
            auth["tokenEnv"] = CceStubPack.TokenEnv;
        }

        if (aksk)
        {
            auth["akEnv"] = CceStubPack.AkEnv;
            auth["skEnv"] = CceStubPack.SkEnv;
        }

        json["cce"]!["auth"] = auth;
        var run = await RunAsync(json, "cce", StubProfile.DefaultSecrets);

        Assert.That(run.Results.Where(r => r.Status == ScenarioStatus.Failed).Select(r => $"{r.Case.Location}: {r.Message}"), Is.Empty, mode);
        var notRun = run.Results.Where(r => r.Status == ScenarioStatus.NotRun).ToList();
        if (aksk)
        {
            Assert.That(run.Outcome, Is.EqualTo(Outcome.Conformant), string.Join("; ", notRun.Select(r => $"{r.Case.Location}: {r.Message}")));
        }
        else
        {
            Assert.That(notRun, Is.Not.Empty);
            Assert.That(notRun.Select(r => r.Message), Has.All.Contain("cce.auth.akEnv and cce.auth.skEnv"), "only the signature rows need the pair");
        }
    }

    [TestCase("agent")]
    [TestCase("root")]
    public async Task The_obshell_suite_passes_with_either_password_header(string kind)
    {
        using var stub = ReferenceStub.Start();
        var json = StubProfile.Json(stub.Url);
        json["obshell"]!["passwordKind"] = kind;
        var password = kind == "root" ? ObshellStubFixtures.Default.RootPassword : ObshellStubFixtures.Default.AgentPassword;

        var run = await RunAsync(json, "obshell", new Dictionary<string, string> { [ObshellStubPack.PasswordEnv] = password });

        Assert.That(run.Outcome, Is.EqualTo(Outcome.Conformant),
            string.Join("; ", run.Results.Where(r => r.Status is ScenarioStatus.Failed or ScenarioStatus.NotRun).Select(r => $"{r.Case.Location}: {r.Message}")));
    }

    private static async Task<RunResult> RunAsync(JsonObject json, string api, IReadOnlyDictionary<string, string> secrets)
    {
        var profile = ApiPacks.All.Profiles.Parse(json.ToJsonString()).Only(api);
        using var http = new TargetHttp(new HttpOptions());
        var context = new RunContext
        {
            Profile = profile,
            Secrets = new SecretStore(new SecretMasker(), secrets, _ => null),
            Http = http,
            Schemas = new SchemaValidator(SuiteRoot.Path),
        };
        var session = await StubSuite.StartSessionAsync(context);
        try
        {
            return await ConformanceRun.ExecuteAsync(session, DeviationRun.LoadedSuite, new RunOptions { Workers = 2, Deadline = TimeSpan.FromMinutes(3) });
        }
        finally
        {
            await session.DisposeAsync();
        }
    }
}
