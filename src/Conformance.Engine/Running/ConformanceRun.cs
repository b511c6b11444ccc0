using System.Collections.Concurrent;
using Conformance.Engine.Features;
using Conformance.Engine.Results;

namespace Conformance.Engine.Running;

/// <summary>
/// Runs the cases in scope, stops on a dead target or the deadline, and never lets one case take the run down.
/// Cases that only borrow a removable node (to have it refused) all run before any case that consumes one, so running
/// out of nodes never costs a scenario that removes nothing; among the consumers MUST cases go first, so scarce nodes
/// and the first wait on a stuck removal judge what decides the verdict. With more than one worker, cases tagged
/// <c>@serial</c> (a cluster's one maintenance task) run one after another on the first worker, and the rest
/// are shared out.
/// </summary>
public static class ConformanceRun
{
    public static async Task<RunResult> ExecuteAsync(
        SuiteSession session,
        FeatureSet suite,
        RunOptions options,
        IProgress<ScenarioResult>? progress = null,
        CancellationToken cancellation = default)
    {
        var state = new RunState(options, session, cancellation);
        var selected = Scope.Select(suite.Cases, options, session.Context.Profile).ToList();
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

        var indices = Enumerable.Range(0, selected.Count).ToList();
        await RunPhaseAsync(indices.Where(i => !Scope.Consumes(selected[i])).OrderBy(i => Scope.WaitsOnRemoval(selected[i], session.Context.Profile)).ToList(), selected, options.Workers, RunAsync);
        await RunPhaseAsync(indices.Where(i => Scope.Consumes(selected[i])).OrderBy(i => selected[i].Level).ToList(), selected, options.Workers, RunAsync);

        return new RunResult(results, suite.Problems, state.Started, session.Context.Time.GetUtcNow())
        {
            AbortReason = state.AbortReason,
            Interrupted = state.Interrupted,
        };
    }

    private static async Task RunPhaseAsync(IReadOnlyList<int> phase, IReadOnlyList<ScenarioCase> selected, int workers, Func<int, Task> run)
    {
        if (workers <= 1)
        {
            foreach (var i in phase)
            {
                await run(i);
            }

            return;
        }

        var serial = new Queue<int>(phase.Where(i => Scope.IsSerial(selected[i])));
        var shared = new ConcurrentQueue<int>(phase.Where(i => !Scope.IsSerial(selected[i])));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            while (worker == 0 && serial.TryDequeue(out var i))
            {
                await run(i);
            }

            while (shared.TryDequeue(out var i))
            {
                await run(i);
            }
        })));
    }
}
