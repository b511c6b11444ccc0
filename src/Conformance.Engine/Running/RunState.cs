using Conformance.Engine.Features;
using Conformance.Engine.Results;

namespace Conformance.Engine.Running;

/// <summary>The run-wide decisions workers share: whether to go on, and why not. Every member is called under one lock.</summary>
internal sealed class RunState(RunOptions options, SuiteSession session, CancellationToken cancellation)
{
    private readonly object _gate = new();
    private readonly DateTimeOffset _started = session.Context.Time.GetUtcNow();
    private int _consecutiveTransport;

    public DateTimeOffset Started => _started;

    public string? AbortReason { get; private set; }

    public bool Interrupted { get; private set; }

    /// <summary>The result a case gets without running, or null when it should run.</summary>
    public ScenarioResult? Skip(ScenarioCase c)
    {
        lock (_gate)
        {
            if (AbortReason is null && cancellation.IsCancellationRequested)
            {
                Interrupt();
            }
            else if (AbortReason is null && session.Context.Time.GetUtcNow() - _started > options.Deadline)
            {
                AbortReason = $"the run deadline of {options.Deadline.TotalSeconds:0} s passed";
            }

            var profile = session.Context.Profile;
            return Scope.NotSelectedReason(c, profile) is { } outOfReach ? ScenarioResult.NotSelected(c, outOfReach)
                : AbortReason is not null ? ScenarioResult.NotRun(c, $"not run: {AbortReason}")
                : Scope.WaitsOnRemoval(c, profile) && session.Context.Blockers.Reason(c.Api) is { } blocked ? ScenarioResult.NotRun(c, blocked)
                : null;
        }
    }

    public void Record(ScenarioResult result)
    {
        lock (_gate)
        {
            _consecutiveTransport = result.TransportFailure ? _consecutiveTransport + 1 : 0;

            // Checked after each case too, not only before the next: when the cut lands in the last case
            // there is no next case, and the run would otherwise end as if it had judged the target.
            if (cancellation.IsCancellationRequested)
            {
                Interrupt();
            }
            else if (AbortReason is null && _consecutiveTransport >= options.MaxConsecutiveTransportFailures)
            {
                AbortReason = $"target unreachable: {result.Message}";
            }
        }
    }

    private void Interrupt()
    {
        Interrupted = true;
        AbortReason ??= "the run was interrupted";
    }
}
