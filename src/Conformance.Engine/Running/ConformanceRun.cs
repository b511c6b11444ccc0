using Conformance.Engine.Features;
using Conformance.Engine.Results;

namespace Conformance.Engine.Running;

/// <summary>Runs the selected cases in order, stops on a dead target or the deadline, and never lets one case take the run down.</summary>
public static class ConformanceRun
{
    public static async Task<RunResult> ExecuteAsync(
        SuiteSession session,
        FeatureSet suite,
        RunOptions options,
        IProgress<ScenarioResult>? progress = null,
        CancellationToken cancellation = default)
    {
        var time = session.Context.Time;
        var started = time.GetUtcNow();
        var results = new List<ScenarioResult>();
        string? abort = null;
        var interrupted = false;
        var consecutiveTransport = 0;
        foreach (var c in Select(suite.Cases, options))
        {
            ScenarioResult result;
            if (abort is not null)
            {
                result = ScenarioResult.NotRun(c, $"not run: {abort}");
            }
            else if (cancellation.IsCancellationRequested)
            {
                interrupted = true;
                abort = "the run was interrupted";
                result = ScenarioResult.NotRun(c, $"not run: {abort}");
            }
            else if (time.GetUtcNow() - started > options.Deadline)
            {
                abort = $"the run deadline of {options.Deadline.TotalSeconds:0} s passed";
                result = ScenarioResult.NotRun(c, $"not run: {abort}");
            }
            else if (!session.Context.Profile.Covers(c.Api))
            {
                result = ScenarioResult.NotRun(c, $"the profile has no '{c.Api}' section");
            }
            else
            {
                result = await session.RunAsync(c);
                consecutiveTransport = result.TransportFailure ? consecutiveTransport + 1 : 0;

                // Checked here too, not only before the next case: when the cut lands in the last case
                // there is no next case, and the run would otherwise end as if it had judged the target.
                if (cancellation.IsCancellationRequested)
                {
                    interrupted = true;
                    abort = "the run was interrupted";
                }
                else if (consecutiveTransport >= options.MaxConsecutiveTransportFailures)
                {
                    abort = $"target unreachable: {result.Message}";
                }
            }

            results.Add(result);
            progress?.Report(result);
        }

        return new RunResult(results, suite.Problems, started, time.GetUtcNow()) { AbortReason = abort, Interrupted = interrupted };
    }

    /// <summary>The cases a run takes: those matching the tag expression and, when sharding, this shard's share.</summary>
    public static IEnumerable<ScenarioCase> Select(IEnumerable<ScenarioCase> cases, RunOptions options) =>
        cases.Where(c => options.Tags.Matches(c.Tags) && (options.Shard is null || options.Shard.Contains(c.Key)));
}
