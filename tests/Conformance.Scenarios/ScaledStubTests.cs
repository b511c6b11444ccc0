using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>A reference stub started with room for N copies of the suite, and the profile that describes it.</summary>
[TestFixture]
public sealed class ScaledStubTests
{
    [Test]
    public void Scale_multiplies_the_node_pools_and_the_profile_lists_the_stubs_own_nodes()
    {
        using var one = ReferenceStub.Start();
        using var four = ReferenceStub.Start(scale: 4);

        Assert.That(four.Obshell.Fixtures.Removable, Has.Count.EqualTo(4 * one.Obshell.Fixtures.Removable.Count));
        Assert.That(four.Obshell.Fixtures.Removable.Distinct().Count(), Is.EqualTo(four.Obshell.Fixtures.Removable.Count));
        Assert.That(four.Cce.Fixtures.NodeUids, Has.Count.EqualTo(4 * one.Cce.Fixtures.NodeUids.Count));
        Assert.That(four.Profile.Obshell!.Removable, Is.EqualTo(four.Obshell.Fixtures.Removable));
        Assert.That(four.Profile.Cce!.RemovableNodeUids, Is.EqualTo(four.Cce.Fixtures.NodeUids));
        Assert.That(four.Cce.Fixtures.NodeUids, Does.Not.Contain(four.Cce.Fixtures.UnknownNodeUid));
    }

    [Test]
    public void Scale_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceStub.Start(scale: 0).Dispose());
}
