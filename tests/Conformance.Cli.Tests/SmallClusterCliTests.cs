using Conformance.Testing;
using System.Text.Json.Nodes;
using Conformance.Stub;
using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>plan, exit code 4 and --allow-incomplete end to end, against a stub described by a one-node profile.</summary>
[NonParallelizable]
public sealed class SmallClusterCliTests
{
    private readonly TempFolder _dir = new();
    private ReferenceStub _stub = null!;

    [OneTimeSetUp]
    public void Start() => _stub = ReferenceStub.Start();

    /// <summary>The stub is shared: a node one test had restored under a new uid must not be missing from the next test's profile.</summary>
    [TearDown]
    public void Clean() => _stub.Reset();

    [OneTimeTearDown]
    public void Stop()
    {
        _stub.Dispose();
        _dir.Dispose();
    }

    [Test]
    public async Task Plan_says_what_a_one_node_profile_cannot_judge_and_exits_4_and_sends_nothing()
    {
        using var cli = new CliRun();
        var before = _stub.Obshell.DagCount;

        await cli.RunAsync("plan", "--profile", Profile(restore: false));

        cli.ExitCode.Should().Be(4, cli.Error);
        cli.Output.Should().Contain("obshell: 82 scenario(s) in scope (0 not selected by design); 1 removal(s) needed; the profile lists 1 removable node(s); restore: not configured")
            .And.Contain("not judged (MUST) OBS-008: features/obshell/dag-lifecycle.feature:")
            .And.MatchRegex(@"plan: \d+ MUST requirement\(s\) in scope cannot be judged with this profile; first: ");
        _stub.Obshell.DagCount.Should().Be(before, "plan sends nothing");
    }

    [Test]
    public async Task Plan_exits_0_when_restore_lets_every_MUST_be_judged()
    {
        using var cli = new CliRun();

        await cli.RunAsync("plan", "--profile", Profile(restore: true));

        cli.ExitCode.Should().Be(0, cli.Output);
        cli.Output.Should().Contain("restore: scale-out").And.Contain("restore: command").And.Contain("plan: every MUST requirement in scope can be judged");
    }

    [Test]
    public async Task A_run_that_could_not_judge_every_MUST_is_incomplete_exit_4_unless_allowed()
    {
        using var cli = new CliRun();
        var profile = Profile(restore: false);

        await cli.RunAsync("run", "--profile", profile, "--out", cli.OutDir);

        cli.ExitCode.Should().Be(4, cli.Error);
        cli.Output.Should().Contain("verdict: incomplete").And.MatchRegex(@"plan: \d+ MUST requirement\(s\) in scope cannot be judged");
        cli.Error.Should().MatchRegex(@"^incomplete: \d+ of 43 MUST requirement\(s\) in scope were not judged; first: \S+: features/\S+: needs 1 removable node\(s\) and none is left");
        cli.Certificate["verdict"]!.GetValue<string>().Should().Be("incomplete");
        File.ReadAllText(Path.Combine(cli.OutDir, "junit.xml")).Should().Contain("<skipped message=\"not run: needs 1 removable node(s) and none is left");

        _stub.Reset();
        await cli.RunAsync("run", "--profile", profile, "--allow-incomplete", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(0, cli.Error);
        cli.Certificate["verdict"]!.GetValue<string>().Should().Be("incomplete", "--allow-incomplete changes the exit code, never the verdict");
    }

    [Test]
    public async Task A_scope_that_selects_nothing_is_a_configuration_error()
    {
        using var cli = new CliRun();

        await cli.RunAsync("run", "--tags", "@no-such-tag", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(2);
        cli.Error.Should().StartWith("configuration error: no scenario is in scope");
    }

    [Test]
    public async Task A_node_restored_under_a_new_uid_is_listed_in_profile_next_json_and_the_next_run_uses_it()
    {
        if (!(Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, "curl"))))
        {
            Prerequisite.Missing("curl is not installed: the small profile's CCE restore command calls the stub's re-add route with it");
        }

        _stub.Reset();
        var profile = Profile(restore: true);
        var listed = JsonNode.Parse(File.ReadAllText(profile))!["cce"]!["removableNodeUids"]![0]!.GetValue<string>();
        using var cli = new CliRun();

        await cli.RunAsync("run", "--profile", profile, "--api", "cce", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(0, cli.Error + cli.Output);
        var next = Path.Combine(cli.OutDir, "profile.next.json");
        cli.Output.Should().Contain($"restore re-added CCE nodes under new uids ({listed} -> ").And.Contain($"the next run needs {next}");
        var uids = JsonNode.Parse(File.ReadAllText(next))!["cce"]!["removableNodeUids"]!.AsArray().Select(u => u!.GetValue<string>()).ToList();
        uids.Should().ContainSingle().Which.Should().NotBe(listed).And.BeOneOf(_stub.Cce.CurrentNodes(), "the new uid is a node the cluster has now");

        using var again = new CliRun();
        await again.RunAsync("run", "--profile", next, "--api", "cce", "--out", again.OutDir);
        again.ExitCode.Should().Be(0, again.Error + again.Output);
    }

    private string Profile(bool restore)
    {
        var json = StubProfile.Json(_stub.Url, small: true);
        if (!restore)
        {
            json["obshell"]!.AsObject().Remove("restore");
            json["cce"]!.AsObject().Remove("restore");
        }

        json["referenceStub"] = true;
        return _dir.File($"small-{restore}.json", json.ToJsonString());
    }
}
