using Conformance.Engine.Features;

namespace Conformance.Engine.Results;

/// <summary>Everything a run produced, in suite order, before it is turned into reports.</summary>
public sealed record RunResult(
    IReadOnlyList<ScenarioResult> Results,
    IReadOnlyList<SuiteProblem> Problems,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt)
{
    /// <summary>Why the run stopped before judging the target (unreachable, deadline, interrupted); null when it ran through.</summary>
    public string? AbortReason { get; init; }

    public bool Interrupted { get; init; }

    public bool MustFailed => Results.Any(r => r.Status == ScenarioStatus.Failed && r.Case.Level == Features.RequirementLevel.Must);

    /// <summary>The first MUST case in scope that was not judged; a run with one cannot call the target conformant.</summary>
    public ScenarioResult? FirstUnjudgedMust => Results.FirstOrDefault(r => r.Status == ScenarioStatus.NotRun && r.Case.Level == Features.RequirementLevel.Must);

    /// <summary>The first case that could not reach the target, when any did: such a run cannot certify anything.</summary>
    public ScenarioResult? FirstTransportFailure => Results.FirstOrDefault(r => r.TransportFailure);

    public Outcome Outcome => AbortReason is not null || FirstTransportFailure is not null ? Outcome.CouldNotRun
        : MustFailed || Problems.Count > 0 ? Outcome.NotConformant
        : FirstUnjudgedMust is not null ? Outcome.Incomplete
        : Outcome.Conformant;
}

/// <summary>The ways a run can end, each with its own exit code.</summary>
public enum Outcome
{
    Conformant,
    NotConformant,
    CouldNotRun,

    /// <summary>No MUST failed, but some MUST in scope was not judged.</summary>
    Incomplete,
}
