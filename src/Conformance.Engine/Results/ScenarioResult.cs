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

    public static ScenarioResult NotRun(ScenarioCase c, string reason) => new(c, ScenarioStatus.NotRun, TimeSpan.Zero, reason);
}
