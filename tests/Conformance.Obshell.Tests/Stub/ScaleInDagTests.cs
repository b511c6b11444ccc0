using Conformance.Engine.Profiles;
using Conformance.Obshell.Stub;

namespace Conformance.Obshell.Tests.Stub;

/// <summary>A DAG's snapshot, which a poll's answer is written from outside the cluster lock, keeps the state it was taken in.</summary>
[TestFixture]
public sealed class ScaleInDagTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public void A_snapshot_does_not_move_when_the_DAG_does()
    {
        var dag = new ClusterDag(7, 100, new NodeAddress("10.10.10.4", 2886), DagPlan.ScaleIn);
        dag.Advance(T0);
        dag.Advance(T0.AddSeconds(1));

        var snapshot = dag.Snapshot();
        dag.Advance(T0.AddSeconds(2));
        dag.Apply(DagVocabulary.Cancel, T0.AddSeconds(3));

        snapshot.Should().NotBeSameAs(dag);
        (snapshot.Stage, snapshot.State, snapshot.Operator, snapshot.EndTime).Should().Be((2, DagVocabulary.Running, DagVocabulary.Run, (DateTimeOffset?)null));
        snapshot.StageStart(2).Should().Be(T0.AddSeconds(1));
        snapshot.StageEnd(2).Should().BeNull("the stage ended after the snapshot was taken");
        snapshot.StageStart(3).Should().BeNull();
        (snapshot.DagId, snapshot.FirstNodeId, snapshot.Target, snapshot.Stages).Should().Be((dag.DagId, dag.FirstNodeId, dag.Target, dag.Stages));
        (dag.Stage, dag.State).Should().Be((3, DagVocabulary.Failed));
    }
}
