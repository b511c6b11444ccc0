using System.Text.Json.Nodes;
using System.Xml.Linq;
using Conformance.Stub;
using FluentAssertions;

namespace Conformance.Cli.Tests.Explore;

/// <summary><c>conformance explore</c> and <c>replay</c> against the reference stub, undeviating and with one validation rule broken.</summary>
[TestFixture]
[Category("explore")]
public sealed class ExploreCommandTests
{
    private static readonly string[] Secrets =
        [.. StubProfile.DefaultSecrets.Values, Conformance.Obshell.Stub.ObshellStubFixtures.Default.RootPassword];

    [TestCase(true)]
    [TestCase(false)]
    public async Task The_undeviating_stub_gives_no_finding(bool token)
    {
        using var stub = ReferenceStub.Start();
        using var folder = new TempFolder();
        var json = StubProfile.Json(stub.Url);
        if (!token)
        {
            // AK/SK only: every CCE request is signed around whatever body was generated.
            json["cce"]!["auth"]!.AsObject().Remove("tokenEnv");
        }

        var profile = folder.File("stub.json", json.ToJsonString());
        using var run = await new CliRun().RunAsync("explore", "--profile", profile, "--budget", "200", "--seed", "1", "--out", folder["out"]);

        run.ExitCode.Should().Be(0, run.Output + run.Error);
        var report = Report(folder["out"]);
        report["findings"]!.AsArray().Should().BeEmpty();
        report["apis"]!.AsArray().Select(a => a!["requests"]!.GetValue<int>()).Should().Equal(200, 200);
        report["requestsPerSecond"]!.GetValue<double>().Should().BePositive();
        // About one request in five carries an auth fault (401); the rest passed authentication and reached the rules,
        // where a bad signature or header of the valid credentials would have turned most of them into 401 too.
        foreach (var statuses in report["apis"]!.AsArray().Select(a => a!["statuses"]!.AsObject()))
        {
            statuses.Select(kv => kv.Key).Should().Contain("401").And.Contain("400");
            statuses["401"]!.GetValue<int>().Should().BeLessThan(200 / 3);
        }
        var junit = XDocument.Load(Path.Combine(folder["out"], "junit.xml"));
        junit.Descendants("testcase").Should().HaveCountGreaterThan(8).And.OnlyContain(t => t.Element("failure") == null);
        run.Error.Should().Contain("req/s");
    }

    [TestCase("cce-api-version-ignored", "cce", "CCE-001", null)]
    [TestCase("cce-weak-password-accepted", "cce", "CCE-021", null)]
    [TestCase("cce-201-nodes-accepted", "cce", "CCE-011", null)]
    [TestCase("obshell-empty-ip-accepted", "obshell", "OBS-010", null)]
    [TestCase("obshell-force-kill-string-accepted", "obshell", "OBS-012", null)]
    [TestCase("cce-any-token-accepted", "cce", "CCE-054", "WrongToken")]
    [TestCase("cce-auth-skipped", "cce", "CCE-053", "NoCredentials")]
    [TestCase("obshell-expired-ts-accepted", "obshell", "OBS-026", "ExpiredTs")]
    public async Task A_broken_rule_is_found_shrunk_written_and_replayed(string deviation, string api, string requirement, string? fault)
    {
        using var folder = new TempFolder();
        JsonObject finding;
        using (var stub = ReferenceStub.Start(deviations: [deviation]))
        {
            var profile = folder.File("stub.json", StubProfile.Text(stub.Url));
            using var run = await new CliRun().RunAsync("explore", "--profile", profile, "--api", api, "--seed", "3", "--out", folder["out"]);
            run.ExitCode.Should().Be(1, run.Output + run.Error);
            finding = Report(folder["out"])["findings"]!.AsArray().Select(f => f!.AsObject())
                .Should().Contain(f => f["requirementId"]!.GetValue<string>() == requirement && f["level"]!.GetValue<string>() == "MUST").Which;
            run.Output.Should().Contain(requirement);
        }

        var replayFile = Path.Combine(folder["out"], finding["replayFile"]!.GetValue<string>());
        var replay = JsonNode.Parse(File.ReadAllText(replayFile))!;
        replay["api"]!.GetValue<string>().Should().Be(api);
        replay["finding"]!["requirementId"]!.GetValue<string>().Should().Be(requirement);
        // Parenthesised: with ?. alone a missing "fault" would skip the assertion instead of failing it.
        (replay["fault"]?.GetValue<string>()).Should().Be(fault);
        (finding["request"]!["fault"]?.GetValue<string>()).Should().Be(fault);
        if (api == "cce" && fault is null)
        {
            finding["curl"]!.GetValue<string>().Should().Contain("X-Auth-Token: $CCE_TOKEN");
        }

        foreach (var file in Directory.GetFiles(folder["out"], "*.json").Concat(Directory.GetFiles(folder["out"], "*.html")))
        {
            var text = File.ReadAllText(file);
            Secrets.Should().NotContain(s => text.Contains(s), $"{Path.GetFileName(file)} must not hold a secret");
        }

        // A fresh stub with the same deviation: the minimal request alone reproduces the answer.
        using var again = ReferenceStub.Start(deviations: [deviation]);
        var againProfile = folder.File("again.json", StubProfile.Text(again.Url));
        using var replayed = await new CliRun().RunAsync("replay", replayFile, "--profile", againProfile);
        replayed.ExitCode.Should().Be(0, replayed.Error);
        replayed.Output.Should().Contain($"-> {finding["status"]!.GetValue<int>()}");
        if (fault is not null)
        {
            // The replay re-sends the fault, not valid credentials: a conformant stub refuses it.
            using var clean = ReferenceStub.Start();
            using var refused = await new CliRun().RunAsync("replay", replayFile, "--profile", folder.File("clean.json", StubProfile.Text(clean.Url)));
            refused.Output.Should().Contain("-> 401", refused.Error);
        }
    }

    [Test]
    public async Task An_ak_sk_finding_keeps_no_credential_in_its_replay_reports_or_console()
    {
        using var stub = ReferenceStub.Start(deviations: ["cce-api-version-ignored"]);
        using var folder = new TempFolder();
        var json = StubProfile.Json(stub.Url);
        json["cce"]!["auth"]!.AsObject().Remove("tokenEnv");
        var profile = folder.File("aksk.json", json.ToJsonString());
        using var run = await new CliRun().RunAsync("explore", "--profile", profile, "--api", "cce", "--seed", "3", "--out", folder["out"]);
        run.ExitCode.Should().Be(1, run.Output + run.Error);

        var findings = Report(folder["out"])["findings"]!.AsArray().Select(f => f!.AsObject()).ToList();
        findings.Should().Contain(f => f["requirementId"]!.GetValue<string>() == "CCE-001");
        // No token to name: no curl line, and the replay file carries no Authorization (the sender signs afresh).
        findings.Should().OnlyContain(f => f["curl"] == null);
        var replays = Directory.GetFiles(folder["out"], "replay-*.json");
        replays.Should().NotBeEmpty();
        foreach (var replay in replays.Select(f => JsonNode.Parse(File.ReadAllText(f))!))
        {
            replay["curl"].Should().BeNull();
            replay["headers"]!.AsObject().Select(h => h.Key).Should().NotContain(k => k.Equals("Authorization", StringComparison.OrdinalIgnoreCase) || k.StartsWith("X-Sdk", StringComparison.OrdinalIgnoreCase));
        }

        foreach (var text in Directory.GetFiles(folder["out"]).Select(File.ReadAllText).Append(run.Output).Append(run.Error))
        {
            Secrets.Should().NotContain(s => text.Contains(s));
            text.Should().NotContain("SDK-HMAC-SHA256");
        }
    }

    [Test]
    public async Task The_same_seed_sends_the_same_requests()
    {
        using var stub = ReferenceStub.Start();
        using var folder = new TempFolder();
        var profile = folder.File("stub.json", StubProfile.Text(stub.Url));
        async Task<string[]> Sequence(string seed, string outDir)
        {
            using var run = await new CliRun().RunAsync("explore", "--profile", profile, "--budget", "60", "--seed", seed, "--out", folder[outDir]);
            run.ExitCode.Should().Be(0, run.Output + run.Error);
            return [.. Report(folder[outDir])["apis"]!.AsArray().Select(a => a!["sequenceSha256"]!.GetValue<string>())];
        }

        var first = await Sequence("77", "a");
        (await Sequence("77", "b")).Should().Equal(first);
        (await Sequence("78", "c")).Should().NotIntersectWith(first);
    }

    [Test]
    public async Task An_unreachable_target_exits_3()
    {
        using var folder = new TempFolder();
        using var run = await new CliRun().RunAsync("explore", "--target", "http://127.0.0.1:9", "--api", "cce", "--budget", "5", "--out", folder["out"]);
        run.ExitCode.Should().Be(3, run.Output + run.Error);
    }

    [TestCase("--request-timeout", "0")]
    [TestCase("--seconds", "0")]
    [TestCase("--budget", "0")]
    public async Task A_limit_that_is_not_positive_is_a_usage_error(string option, string value)
    {
        using var folder = new TempFolder();
        using var run = await new CliRun().RunAsync("explore", option, value, "--out", folder["out"]);
        run.ExitCode.Should().Be(2, run.Output + run.Error);
        run.Error.Should().Contain(option);
    }

    private static JsonObject Report(string outDir) => JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "exploration.json")))!.AsObject();
}
