using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Running;

namespace Conformance.Engine.Results;

/// <summary>How one test case ended.</summary>
public enum ScenarioStatus
{
    Passed,
    Failed,
    NotRun,

    /// <summary>Out of the run's reach by design (a stub-only row against another target, DAG operations the profile rules out): never counted as not judged.</summary>
    NotSelected,
}

/// <summary>The outcome of one test case, with what a reader needs to see why.</summary>
public sealed record ScenarioResult(
    ScenarioCase Case,
    ScenarioStatus Status,
    TimeSpan Duration,
    string? Message = null,
    string? FailedStep = null,
    IReadOnlyList<HttpExchange>? Exchanges = null,
    IReadOnlyList<Note>? Notes = null)
{
    /// <summary>True when the case could not run because the target stopped answering (not a verdict on it).</summary>
    public bool TransportFailure { get; init; }

    /// <summary>How many removable nodes (or node uids) the scenario's accepted removals took out of the pool.</summary>
    public int NodesConsumed { get; init; }

    /// <summary>What was done to bring fixtures back after the scenario (restore commands, scale-out), masked.</summary>
    public IReadOnlyList<string> FixtureLog { get; init; } = [];

    public static ScenarioResult NotRun(ScenarioCase c, string reason) => new(c, ScenarioStatus.NotRun, TimeSpan.Zero, reason);

    public static ScenarioResult NotSelected(ScenarioCase c, string reason) => new(c, ScenarioStatus.NotSelected, TimeSpan.Zero, reason);
}
