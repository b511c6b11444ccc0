using System.Diagnostics;
using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Stub;

namespace Conformance.Benchmarks;

/// <summary>
/// Section 6: the whole suite against a target that takes real time, with the settings a user gets by default. The
/// reference stub moves by time alone (<c>stub --dag-stage-ms 400 --job-ms 4000</c>: a DAG stage every 400 ms, a CCE
/// job done 4 s after it starts), its profile keeps the default poll interval, and the run takes the default workers
/// against a target. The lower bound is the obshell DAG chain: one maintenance task at a time, each DAG its stages.
/// </summary>
public static class RealTiming
{
    private static readonly TimeSpan Stage = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Job = TimeSpan.FromSeconds(4);

    public static void Run(FigureSet figures, string suiteRoot)
    {
        using var stub = ReferenceStub.Start(paces: new Dictionary<string, TimeSpan> { ["obshell"] = Stage, ["cce"] = Job });
        var json = StubProfile.Json(stub.Url);
        json["obshell"]!.AsObject().Remove("pollIntervalMs");
        json["cce"]!.AsObject().Remove("pollIntervalMs");
        var profile = ApiPacks.All.Profiles.Parse(json.ToJsonString(), "time-moving stub profile");
        var suite = FeatureLoader.Load(suiteRoot);
        using var http = new TargetHttp(new HttpOptions());
        var context = StubSuite.Context(profile, http, suiteRoot);
        var watch = Stopwatch.StartNew();
        var session = StubSuite.StartSessionAsync(context).GetAwaiter().GetResult();
        RunResult run;
        try
        {
            run = ConformanceRun.ExecuteAsync(session, suite, new RunOptions { Workers = RunOptions.DefaultTargetWorkers, Deadline = TimeSpan.FromMinutes(15) })
                .GetAwaiter().GetResult();
        }
        finally
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        watch.Stop();

        // Every DAG has at least the five stages of a scale-in; the force_kill one has six.
        var chain = stub.Obshell.DagCount * 5 * Stage + Stage;
        var jobs = run.Results.Where(r => r.Case.Api == "cce").Sum(r => r.NodesConsumed);
        Console.WriteLine($"  {run.Results.Count} scenarios, outcome {run.Outcome}, {stub.Obshell.DagCount} obshell DAGs, {jobs} CCE nodes removed, {watch.Elapsed.TotalSeconds:0.0} s");
        figures.Add(new Figure("6 real timing", "full suite, DAG stage 400 ms and CCE job 4 s, default settings", watch.Elapsed.TotalSeconds, "s")
        {
            Baseline = chain.TotalSeconds,
            BaselineName = "obshell DAG chain",
            Target = "<= 1.5x the chain, conformant",
            Met = run.Outcome == Outcome.Conformant && watch.Elapsed <= 1.5 * chain,
            Note = $"{stub.Obshell.DagCount} DAGs one at a time ({chain.TotalSeconds:0.0} s), {jobs} CCE jobs of 4 s side by side; {RunOptions.DefaultTargetWorkers} workers; outcome {run.Outcome}",
        });
    }
}
