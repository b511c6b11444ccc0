using System.Text.Json.Nodes;
using Conformance.Engine.Certification;
using Conformance.Engine.Profiles;
using Conformance.Engine.Results;
using Conformance.Stub;
using Conformance.Testing;

namespace Conformance.Scenarios;

/// <summary>
/// Removed nodes brought back: with ONE obshell node (restored by the server's own scale-out) and ONE CCE uid
/// (restored by a command that prints its new uid), the whole suite is judged against the reference stub.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("restore")]
public sealed class RestoreTests
{
    [TestCase(1)]
    [TestCase(4)]
    public async Task One_node_per_API_with_restore_judges_every_requirement(int workers)
    {
        RequireCurl();
        using var stub = ReferenceStub.Start();
        var profile = StubProfile.Create(stub.Url, small: true);
        Assert.That(profile.Obshell!.Removable, Has.Count.EqualTo(1));
        Assert.That(profile.Cce!.RemovableNodeUids, Has.Count.EqualTo(1));

        var (run, certificate) = await SmallClusterRun.RunAsync(profile, workers);

        var notPassed = run.Results.Where(r => r.Status is ScenarioStatus.Failed or ScenarioStatus.NotRun).Select(r => $"{r.Case.Location} {r.Status}: {r.Message}");
        Assert.That(notPassed, Is.Empty);
        Assert.That(certificate.Totals.Must, Is.EqualTo(new StatusCounts(43, 0, 0, 0)));
        Assert.That(certificate.Totals.Should.Failed + certificate.Totals.Should.NotRun + certificate.Totals.Should.NotSelected, Is.Zero);
        Assert.That(certificate.Verdict, Is.EqualTo("conformant"));
        var restores = run.Results.SelectMany(r => r.FixtureLog).ToList();
        Assert.That(restores.Count(f => f.Contains("by scale-out: DAG", StringComparison.Ordinal) && f.Contains("SUCCEED", StringComparison.Ordinal)),
            Is.EqualTo(run.Results.Where(r => r.Case.Api == "obshell").Sum(r => r.NodesConsumed)));
        Assert.That(restores.Count(f => f.Contains("restore command", StringComparison.Ordinal) && f.Contains("exited 0", StringComparison.Ordinal)),
            Is.EqualTo(run.Results.Where(r => r.Case.Api == "cce").Sum(r => r.NodesConsumed)));
    }

    [Test]
    public async Task A_node_a_scenario_removed_before_its_last_request_is_restored_in_time_for_it()
    {
        RequireCurl();

        // This stub accepts plaintext passwords, so CCE-023's first request, meant only to be noted, removes the one node.
        using var stub = ReferenceStub.Start(deviations: ["cce-weak-password-accepted"]);
        var (run, _) = await SmallClusterRun.RunAsync(StubProfile.Create(stub.Url, small: true), api: "cce");

        var notRun = run.Results.Where(r => r.Status == ScenarioStatus.NotRun).Select(r => $"{r.Case.Location}: {r.Message}");
        Assert.That(notRun, Is.Empty);
        Assert.That(run.Results.Where(r => r.Case.RequirementId == "CCE-023" && r.NodesConsumed > 1), Is.Not.Empty, "the plaintext request was accepted too");
    }

    [Test]
    public async Task A_failing_restore_command_is_a_not_run_reason_never_a_verdict_on_the_target()
    {
        using var stub = ReferenceStub.Start();
        var profile = SmallClusterRun.Profile(stub, json =>
            json["cce"]!["restore"] = new JsonObject { ["command"] = new JsonArray("dotnet", "--no-such-option-{uid}"), ["timeoutSeconds"] = 30 });

        var (run, certificate) = await SmallClusterRun.RunAsync(profile, api: "cce");

        Assert.That(run.Results.Where(r => r.Status == ScenarioStatus.Failed).Select(r => r.Case.Location), Is.Empty);
        var blocked = certificate.Requirements.Where(r => r.Status == RequirementStatus.NotRun).ToList();
        Assert.That(blocked, Is.Not.Empty);
        Assert.That(blocked.Select(r => r.Reason), Has.All.Contain("restore failed: restore command `dotnet --no-such-option-"));
        Assert.That(run.Results.SelectMany(r => r.FixtureLog), Has.Some.Contain("exited"));
        Assert.That(certificate.Verdict, Is.EqualTo("incomplete"));
    }

    [Test]
    public async Task A_restore_command_that_outlives_its_bound_is_killed()
    {
        using var stub = ReferenceStub.Start();
        var profile = SmallClusterRun.Profile(stub, json =>
            json["cce"]!["restore"] = new JsonObject { ["command"] = new JsonArray("sleep", "30"), ["timeoutSeconds"] = 1 });
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var (_, certificate) = await SmallClusterRun.RunAsync(profile, api: "cce");

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(certificate.Requirements.Where(r => r.Status == RequirementStatus.NotRun).Select(r => r.Reason),
            Has.Some.Contain("outlived restore.timeoutSeconds (1 s)"));
    }

    private static void RequireCurl()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        if (!path.Split(':').Any(d => File.Exists(Path.Combine(d, "curl"))))
        {
            Prerequisite.Missing("curl is not installed: the small profile's CCE restore command calls the stub's re-add route with it");
        }
    }
}
