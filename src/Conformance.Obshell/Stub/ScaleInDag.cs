using Conformance.Engine.Profiles;
using static Conformance.Obshell.Stub.DagVocabulary;

namespace Conformance.Obshell.Stub;

/// <summary>One scale-in DAG; it moves only when polled or operated, so tests never wait on the wall clock.</summary>
internal sealed class ScaleInDag
{
    private readonly DateTimeOffset?[] _starts;
    private readonly DateTimeOffset?[] _ends;

    public ScaleInDag(long dagId, long firstNodeId, NodeAddress target, bool forceKill)
    {
        DagId = dagId;
        FirstNodeId = firstNodeId;
        Target = target;
        Stages = forceKill ? ForceKillStages : DagVocabulary.Stages;
        _starts = new DateTimeOffset?[Stages.Count];
        _ends = new DateTimeOffset?[Stages.Count];
    }

    private ScaleInDag(ScaleInDag from)
    {
        DagId = from.DagId;
        FirstNodeId = from.FirstNodeId;
        Target = from.Target;
        Stages = from.Stages;
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
    public IReadOnlyList<string> Stages { get; }
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
    public ScaleInDag Snapshot() => new(this);

    public DateTimeOffset? StageStart(int stage) => _starts[stage - 1];
    public DateTimeOffset? StageEnd(int stage) => _ends[stage - 1];

    /// <summary>One step: READY to RUNNING, then one stage per call, then SUCCEED. True when the node has just left.</summary>
    public bool Advance(DateTimeOffset now)
    {
        if (IsTerminal)
        {
            return false;
        }

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
        var removed = Operator != Rollback;
        // A retried DAG that completes reports RUN again, as obshell does.
        Operator = Operator == Retry ? Run : Operator;
        return removed;
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
                return null;
            default:
                return ObshellErrors.OperatorNotSupport;
        }
    }
}
