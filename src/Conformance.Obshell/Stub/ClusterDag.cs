using Conformance.Obshell.Profiles;
using Conformance.Engine.Profiles;
using static Conformance.Obshell.Stub.DagVocabulary;

namespace Conformance.Obshell.Stub;

/// <summary>One scale-in or scale-out DAG; <see cref="DagProgress"/> decides when it steps (per poll, or by elapsed time).</summary>
internal sealed class ClusterDag
{
    private readonly DateTimeOffset?[] _starts;
    private readonly DateTimeOffset?[] _ends;

    // Timed mode counts steps from the last moment the DAG was (re)started: creation, or an operation that resumed it.
    private DateTimeOffset _clockStart;
    private int _clockBase = 1;

    public ClusterDag(long dagId, long firstNodeId, NodeAddress target, DagPlan plan, DateTimeOffset createdAt = default)
    {
        DagId = dagId;
        FirstNodeId = firstNodeId;
        Target = target;
        Plan = plan;
        _clockStart = createdAt;
        _starts = new DateTimeOffset?[Stages.Count];
        _ends = new DateTimeOffset?[Stages.Count];
    }

    private ClusterDag(ClusterDag from)
    {
        DagId = from.DagId;
        FirstNodeId = from.FirstNodeId;
        Target = from.Target;
        Plan = from.Plan;
        Steps = from.Steps;
        _clockStart = from._clockStart;
        _clockBase = from._clockBase;
        _starts = (DateTimeOffset?[])from._starts.Clone();
        _ends = (DateTimeOffset?[])from._ends.Clone();
        Stage = from.Stage;
        State = from.State;
        Operator = from.Operator;
        EndTime = from.EndTime;
    }

    public long DagId { get; }
    public string GenericId => "1" + DagId;
    public long FirstNodeId { get; }
    public NodeAddress Target { get; }
    public DagPlan Plan { get; }
    public string Name => Plan.Name;
    public IReadOnlyList<string> Stages => Plan.Stages;

    /// <summary>How many times <see cref="Advance"/> has moved the DAG.</summary>
    public int Steps { get; private set; }
    public int Stage { get; private set; } = 1;
    public string State { get; private set; } = Ready;
    public string Operator { get; private set; } = Run;
    public DateTimeOffset? StartTime => _starts[0];
    public DateTimeOffset? EndTime { get; private set; }
    public bool IsTerminal => State is Succeed or Failed;

    /// <summary>Running its last stage under RUN: the step after which a normal DAG succeeds.</summary>
    public bool IsRunningLastStage => State == Running && Operator == Run && Stage == Stages.Count;

    /// <summary>Ends the DAG FAILED at its current stage, as a stage that errored would.</summary>
    public void Fail(DateTimeOffset now)
    {
        State = Failed;
        _ends[Stage - 1] = now;
        EndTime = now;
    }

    /// <summary>A copy later polls and operations leave alone: an answer is written from it after the cluster lock is released.</summary>
    public ClusterDag Snapshot() => new(this);

    public DateTimeOffset? StageStart(int stage) => _starts[stage - 1];
    public DateTimeOffset? StageEnd(int stage) => _ends[stage - 1];

    /// <summary>
    /// How many steps the DAG should have taken by <paramref name="now"/> when each stage lasts <paramref name="stageTime"/>:
    /// READY turns RUNNING at once, then one stage per interval, so a fresh DAG succeeds after its stage count of them.
    /// </summary>
    public long StepsDue(DateTimeOffset now, TimeSpan stageTime) =>
        _clockBase + Math.Max(0, (now - _clockStart).Ticks / Math.Max(1, stageTime.Ticks));

    /// <summary>One step: READY to RUNNING, then one stage per call, then SUCCEED. True when the DAG has just done its work (the node left or joined).</summary>
    public bool Advance(DateTimeOffset now)
    {
        if (IsTerminal)
        {
            return false;
        }

        Steps++;

        if (State == Ready)
        {
            State = Running;
            _starts[Stage - 1] ??= now;
            return false;
        }

        _ends[Stage - 1] = now;
        if (Operator != Rollback && Stage < Stages.Count)
        {
            Stage++;
            _starts[Stage - 1] = now;
            return false;
        }

        State = Succeed;
        EndTime = now;
        var done = Operator != Rollback;
        // A retried DAG that completes reports RUN again, as obshell does.
        Operator = Operator == Retry ? Run : Operator;
        return done;
    }

    /// <summary>Applies rollback/retry/cancel/pass, or says why obshell would refuse it.</summary>
    public StubError? Apply(string op, DateTimeOffset now)
    {
        switch (op)
        {
            case Cancel when IsTerminal:
                return ObshellErrors.CancelFinishedDag;
            case Cancel:
                State = Failed;
                Operator = Cancel;
                _ends[Stage - 1] = now;
                EndTime = now;
                return null;
            case Rollback or Retry or Pass when State != Failed:
                return op switch { Rollback => ObshellErrors.RollbackNotFailedDag, Retry => ObshellErrors.RetryNotFailedDag, _ => ObshellErrors.PassNotFailedDag };
            case Rollback or Retry or Pass:
                State = Running;
                Operator = op;
                EndTime = null;
                // The resumed stage takes a whole interval again in timed mode, rather than finishing at once.
                _clockStart = now;
                _clockBase = Steps;
                return null;
            default:
                return ObshellErrors.OperatorNotSupport;
        }
    }
}
