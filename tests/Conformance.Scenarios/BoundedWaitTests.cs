using System.Diagnostics;
using Conformance.Engine.Certification;
using Conformance.Engine.Results;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>
/// Never wait twice for the same broken thing: once a DAG or a job outlives its bound, that requirement fails and every
/// later scenario that would wait on another is not-run, blocked by it, so the run ends within one bound plus the rest.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("bounded-waits")]
public sealed class BoundedWaitTests
{
    [TestCase(1)]
    [TestCase(8)]
    public async Task DAGs_and_jobs_that_never_finish_cost_one_bound_each(int workers)
    {
        // Stages and jobs that take an hour: as good as never, for a run whose bounds are one second.
        using var stub = ReferenceStub.Start(paces: new Dictionary<string, TimeSpan> { ["obshell"] = TimeSpan.FromHours(1), ["cce"] = TimeSpan.FromHours(1) });
        var profile = SmallClusterRun.Profile(stub, json =>
        {
            json["obshell"]!["removable"] = StubProfile.Json(stub.Url)["obshell"]!["removable"]!.DeepClone();
            json["cce"]!["removableNodeUids"] = StubProfile.Json(stub.Url)["cce"]!["removableNodeUids"]!.DeepClone();
            json["obshell"]!["dagTimeoutSeconds"] = 1;
            json["obshell"]!["pollIntervalMs"] = 100;
            json["cce"]!["jobTimeoutSeconds"] = 1;
            json["cce"]!["pollIntervalMs"] = 100;
        });
        var watch = Stopwatch.StartNew();

        var (run, certificate) = await SmallClusterRun.RunAsync(profile, workers);

        // Each of up to `workers` removals already waiting when the first bound ran out may finish its own wait.
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "one bound per API plus the rest of the suite");
        var blocked = run.Results.Where(r => r.Status == ScenarioStatus.NotRun && (r.Message ?? string.Empty).StartsWith("blocked by ", StringComparison.Ordinal)).ToList();
        Assert.That(blocked.Select(r => r.Case.Api).Distinct(), Is.EquivalentTo(new[] { "obshell", "cce" }));
        Assert.That(blocked.Select(r => r.Message), Has.All.Match(@"^blocked by (OBS|CCE)-\d{3} \((DAG|job) \S+ was still \w+ after \d+ (polls and \d+ )?s\)$"));
        var timedOut = run.Results.Where(r => r.Status == ScenarioStatus.Failed).ToList();
        Assert.That(timedOut, Is.Not.Empty);
        Assert.That(timedOut.Select(r => r.Message), Has.All.Contain("still"));
        TestContext.Out.WriteLine(string.Join("\n", run.Results.Where(r => r.Status != ScenarioStatus.Passed).Select(r => $"{r.Case.Location} {r.Case.RequirementId} {r.Case.Level} {r.Status}: {r.Message}")));
        Assert.That(certificate.Verdict, Is.EqualTo("not-conformant"));
        Assert.That(certificate.Requirements.Where(r => r.Status == RequirementStatus.NotRun).Select(r => r.Reason), Has.Some.Contain("blocked by"));
    }

    [TestCase("obshell-dag-never-succeeds", "obshell")]
    [TestCase("cce-job-never-succeeds", "cce")]
    public async Task A_removal_that_ends_Failed_fails_its_requirement_without_waiting_out_a_bound(string deviation, string api)
    {
        using var stub = ReferenceStub.Start(deviations: [deviation]);
        var json = StubProfile.Json(stub.Url);
        json["obshell"]!["dagTimeoutSeconds"] = 1;
        json["cce"]!["jobTimeoutSeconds"] = 1;
        var profile = ApiPacks.All.Profiles.Parse(json.ToJsonString());
        var watch = Stopwatch.StartNew();

        var (run, certificate) = await SmallClusterRun.RunAsync(profile, api: api);

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(certificate.Verdict, Is.EqualTo("not-conformant"));
        Assert.That(run.Results.Where(r => r.Status == ScenarioStatus.Failed).Select(r => r.Message), Has.Some.Contain("FAILED").Or.Some.Contain("Failed"));
    }
}
