using FluentAssertions;
using Conformance.Engine.Fixtures;
using Conformance.Engine.Running;

namespace Conformance.Engine.Tests.Fixtures;

public sealed class NodePoolTests
{
    private readonly object _a = new();
    private readonly object _b = new();

    [Test]
    public async Task Borrowed_nodes_come_back_and_distinct_ones_are_handed_out()
    {
        var pool = new NodePool<string>(["n1", "n2", "n2"], "cce.removableNodeUids", restoreConfigured: false);

        pool.Total.Should().Be(2);
        var first = await pool.LeaseAsync(_a, 1, default);
        var second = await pool.LeaseAsync(_b, 1, default);
        first.Concat(second).Should().OnlyHaveUniqueItems();
        pool.Return(first);
        (await pool.LeaseAsync(_b, 1, default)).Should().Equal(first);
    }

    [Test]
    public async Task Without_restore_a_consumed_node_is_gone_and_the_lease_is_not_run_with_the_reason()
    {
        var pool = new NodePool<string>(["n1"], "cce.removableNodeUids", restoreConfigured: false);
        var node = (await pool.LeaseAsync(_a, 1, default))[0];

        pool.Consume(node);
        pool.Spent(node, "removed by CCE-040");

        var act = () => pool.LeaseAsync(_b, 1, default);
        (await act.Should().ThrowAsync<NotRunException>())
            .WithMessage("*the 1 listed in cce.removableNodeUids were removed by earlier scenarios (restore not configured)*removed by CCE-040*");
    }

    [Test]
    public async Task A_lease_waits_for_a_node_another_scenario_borrowed_and_gets_it_back()
    {
        var pool = new NodePool<string>(["n1"], "obshell.removable", restoreConfigured: false);
        var held = await pool.LeaseAsync(_a, 1, default);

        var waiting = pool.LeaseAsync(_b, 1, default);
        await Task.Delay(50);
        waiting.IsCompleted.Should().BeFalse("the only node is borrowed by another scenario and may come back");
        pool.Return(held);

        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Should().Equal("n1");
    }

    [Test]
    public async Task A_scenario_never_waits_for_a_node_it_holds_itself()
    {
        var pool = new NodePool<string>(["n1"], "obshell.removable", restoreConfigured: true);
        await pool.LeaseAsync(_a, 1, default);

        var act = () => pool.LeaseAsync(_a, 1, default).WaitAsync(TimeSpan.FromSeconds(5));

        await act.Should().ThrowAsync<NotRunException>();
    }

    [Test]
    public async Task A_scenario_never_waits_for_the_restore_of_a_node_it_removed_itself()
    {
        var pool = new NodePool<string>(["n1"], "cce.removableNodeUids", restoreConfigured: true);
        pool.Consume((await pool.LeaseAsync(_a, 1, default))[0]);

        var act = () => pool.LeaseAsync(_a, 1, default).WaitAsync(TimeSpan.FromSeconds(5));

        await act.Should().ThrowAsync<NotRunException>("its restore runs only when this scenario has ended");
    }

    [Test]
    public async Task With_restore_a_lease_waits_for_the_restored_node_under_its_new_name()
    {
        var pool = new NodePool<string>(["uid-1"], "cce.removableNodeUids", restoreConfigured: true);
        var node = (await pool.LeaseAsync(_a, 1, default))[0];
        pool.Consume(node);

        var waiting = pool.LeaseAsync(_b, 1, default);
        await Task.Delay(50);
        waiting.IsCompleted.Should().BeFalse("a consumed node may come back through restore");
        pool.Restored(node, "uid-2");

        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Should().Equal("uid-2");
        pool.Consume("uid-2");
        pool.Restored("uid-2", "uid-3");
        pool.Renamed.Should().Equal(new Dictionary<string, string> { ["uid-1"] = "uid-3" }, "the profile's uid maps to the latest one");
    }

    [Test]
    public async Task A_failed_restore_ends_the_wait_with_its_reason()
    {
        var pool = new NodePool<string>(["uid-1"], "cce.removableNodeUids", restoreConfigured: true);
        var node = (await pool.LeaseAsync(_a, 1, default))[0];
        pool.Consume(node);
        var waiting = pool.LeaseAsync(_b, 1, default);

        pool.Spent(node, "restore failed: exit 3");

        var act = () => waiting.WaitAsync(TimeSpan.FromSeconds(5));
        (await act.Should().ThrowAsync<NotRunException>()).WithMessage("*restore failed: exit 3*");
    }

    [Test]
    public async Task Asking_for_more_nodes_than_the_profile_lists_names_the_field()
    {
        var pool = new NodePool<string>(["n1", "n2"], "cce.removableNodeUids", restoreConfigured: true);

        var act = () => pool.LeaseAsync(_a, 3, default);

        (await act.Should().ThrowAsync<FixtureMissingException>()).WithMessage("*cce.removableNodeUids (at least 3 entries)*");
    }

    [Test]
    public void Polls_back_off_from_50_ms_to_the_profile_interval()
    {
        var delays = new PollDelays(1000);

        Enumerable.Range(0, 7).Select(_ => (int)delays.Next().TotalMilliseconds).Should().Equal(50, 100, 200, 400, 800, 1000, 1000);
        new PollDelays(0).Next().Should().Be(TimeSpan.Zero);
    }
}
