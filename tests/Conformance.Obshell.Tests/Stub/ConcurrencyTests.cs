using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Stub;

/// <summary>Concurrent scale-ins: the maintenance lock lets exactly one DAG run, and the membership ends exactly right.</summary>
[TestFixture]
public sealed class ConcurrencyTests : StubTestBase
{
    [Test]
    public async Task Concurrent_removals_of_different_nodes_give_one_DAG_and_the_rest_UnderMaintenanceWithDag()
    {
        var nodes = F.Removable.Take(50).ToList();
        // One client per request: the clients' RSA objects are not shared across threads.
        var clients = nodes.Select(_ => Host.Client(Time)).ToList();

        var answers = await Task.WhenAll(nodes.Select((n, i) => clients[i].ScaleInAsync(n.Ip, n.Port)));

        answers.Count(a => a.Status == 200).Should().Be(1);
        answers.Where(a => a.Status != 200).Should().OnlyContain(a => a.Status == 500 && a.ErrCode == "OB.Cluster.UnderMaintenanceWithDag");
        Host.Stub.DagCount.Should().Be(1);
        clients.ForEach(c => c.Dispose());
    }

    [Test]
    public async Task Fifty_removals_run_one_after_another_leave_exactly_the_other_members()
    {
        var nodes = F.Removable.Take(50).ToList();
        foreach (var node in nodes)
        {
            var created = await Client.ScaleInAsync(node.Ip, node.Port);
            created.Status.Should().Be(200, created.Body);
            (await PollToEndAsync(created.Data["id"]!.GetValue<string>())).Data["state"]!.GetValue<string>().Should().Be("SUCCEED");
        }

        Host.Stub.Members.Should().BeEquivalentTo(F.Members.Except(nodes));
        Host.Stub.DagCount.Should().Be(50);
        foreach (var node in nodes)
        {
            (await Client.ScaleInAsync(node.Ip, node.Port)).Status.Should().Be(204, "a removed node is no longer a member");
        }
    }

    [Test]
    public async Task Concurrent_polls_of_one_DAG_remove_the_node_once()
    {
        var node = F.Removable[0];
        var id = (await Client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>();
        var clients = Enumerable.Range(0, 20).Select(_ => Host.Client(Time)).ToList();

        var polls = await Task.WhenAll(clients.Select(c => c.PollAsync(id, showDetails: false)));

        polls.Should().OnlyContain(p => p.Status == 200);
        polls.Select(p => p.Data["state"]!.GetValue<string>()).Should().Contain("SUCCEED");
        Host.Stub.Members.Should().BeEquivalentTo(F.Members.Where(m => m != node));
        (await Client.ScaleInAsync(F.Removable[1].Ip)).Status.Should().Be(200, "the finished DAG released the lock");
        clients.ForEach(c => c.Dispose());
    }
}
