using System.Collections.Concurrent;
using Conformance.Engine.Features;
using Conformance.Engine.Results;

namespace Conformance.Engine.Running;

/// <summary>
/// Runs the selected cases, stops on a dead target or the deadline, and never lets one case take the run down.
/// With more than one worker, cases tagged <c>@serial</c> (those that need a target-wide lock, such as an obshell
/// cluster's one maintenance task) run one after another on the first worker, and every other case is shared out.
/// </summary>
public static class ConformanceRun
{
    public const string SerialTag = "@serial";

    public static async Task<RunResult> ExecuteAsync(
        SuiteSession session,
        FeatureSet suite,
        RunOptions options,
        IProgress<ScenarioResult>? progress = null,
        CancellationToken cancellation = default)
    {
        var state = new RunState(options, session, cancellation);
        var selected = Select(suite.Cases, options).ToList();
        var results = new ScenarioResult[selected.Count];
        var report = new object();

        async Task RunAsync(int index)
        {
            var c = selected[index];
            var result = state.Skip(c);
            if (result is null)
            {
                result = await session.RunAsync(c);
                state.Record(result);
            }

            results[index] = result;
            lock (report)
            {
                progress?.Report(result);
            }
        }

        if (options.Workers <= 1)
        {
            for (var i = 0; i < selected.Count; i++)
            {
                await RunAsync(i);
            }
        }
        else
        {
            var indices = Enumerable.Range(0, selected.Count).ToList();
            var serial = new Queue<int>(indices.Where(i => selected[i].Tags.Contains(SerialTag, StringComparer.OrdinalIgnoreCase)));
            var shared = new ConcurrentQueue<int>(indices.Except(serial));
            await Task.WhenAll(Enumerable.Range(0, options.Workers).Select(worker => Task.Run(async () =>
            {
                while (worker == 0 && serial.TryDequeue(out var i))
                {
                    await RunAsync(i);
                }

                while (shared.TryDequeue(out var i))
                {
                    await RunAsync(i);
                }
            })));
        }

        return new RunResult(results, suite.Problems, state.Started, session.Context.Time.GetUtcNow())
        {
            AbortReason = state.AbortReason,
            Interrupted = state.Interrupted,
        };
    }

    /// <summary>The cases a run takes: those matching the tag expression and, when sharding, this shard's share.</summary>
    public static IEnumerable<ScenarioCase> Select(IEnumerable<ScenarioCase> cases, RunOptions options) =>
        cases.Where(c => options.Tags.Matches(c.Tags) && (options.Shard is null || options.Shard.Contains(c.Key)));
}
