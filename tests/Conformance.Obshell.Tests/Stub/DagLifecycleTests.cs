using System.Text.Json.Nodes;
using Conformance.Engine.Profiles;
using Conformance.Obshell.Stub;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Stub;

public class DagLifecycleTests : StubTestBase
{
    private static readonly string[] Stages =
        ["Delete observer", "Set agent to 'SCALING IN'", "Wait delete observer success", "Delete agent", "Try to inform to kill observer"];

    private static readonly string[] ForceKillStages =
        ["Delete observer", "Set agent to 'SCALING IN'", "Check multi paxos member alive", "Try to inform to kill observer", "Wait delete observer success", "Delete agent"];

    [TestCase(false, 5)]
    [TestCase(true, 6)]
    public async Task Creation_answer_is_the_spec_dto(bool forceKill, int maxStage)
    {
        var answer = await Client.ScaleInAsync(F.Removable[0].Ip, forceKill: forceKill);
        answer.Status.Should().Be(200);
        SchemaCatalog.AssertValid("dag-envelope", answer.Body);
        var d = answer.Data;
        var dagId = d["dag_id"]!.GetValue<long>();
        d["id"]!.GetValue<string>().Should().Be("1" + dagId);
        d["name"]!.GetValue<string>().Should().Be("Cluster scale in");
        d["stage"]!.GetValue<int>().Should().Be(1);
        d["max_stage"]!.GetValue<int>().Should().Be(maxStage);
        d["maintenance_type"]!.GetValue<int>().Should().Be(2);
        d["state"]!.GetValue<string>().Should().Be("READY");
        d["operator"]!.GetValue<string>().Should().Be("RUN");
        d["start_time"]!.GetValue<string>().Should().Be("0001-01-01T00:00:00Z");
        d["end_time"]!.GetValue<string>().Should().Be("0001-01-01T00:00:00Z");
        d.AsObject().ContainsKey("nodes").Should().BeTrue();
        d["nodes"].Should().BeNull();
        d.AsObject().ContainsKey("additional_data").Should().BeTrue();
        d["additional_data"].Should().BeNull();
    }

    [Test]
    public async Task Dag_runs_to_succeed_and_the_node_leaves()
    {
        var node = F.Removable[0];
        var id = (await Client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>();

        var first = await Client.PollAsync(id);
        first.Data["state"]!.GetValue<string>().Should().Be("RUNNING");
        Names(first.Data).Should().Equal(Stages);
        first.Data["nodes"]![0]!["sub_tasks"]![0]!["execute_agent"]!["ip"]!.GetValue<string>().Should().Be(F.Agent.Ip);

        var done = await PollToEndAsync(id);
        done.Data["state"]!.GetValue<string>().Should().Be("SUCCEED");
        done.Data["operator"]!.GetValue<string>().Should().Be("RUN");
        done.Data["stage"]!.GetValue<int>().Should().Be(5);
        done.Data["end_time"]!.GetValue<string>().Should().NotBe("0001-01-01T00:00:00Z");
        done.Data["nodes"]!.AsArray().Should().OnlyContain(n => n!["state"]!.GetValue<string>() == "SUCCEED");
        Host.Stub.Members.Should().NotContain(node);

        (await Client.ScaleInAsync(node.Ip)).Status.Should().Be(204, "the node is no longer a member");
        (await Client.ScaleInAsync(F.Removable[1].Ip)).Status.Should().Be(200, "the lock is released");
    }

    [Test]
    public async Task Force_kill_dag_has_six_named_stages()
    {
        var id = (await Client.ScaleInAsync(F.Removable[0].Ip, forceKill: true)).Data["id"]!.GetValue<string>();
        Names((await PollToEndAsync(id)).Data).Should().Equal(ForceKillStages);
    }

    [Test]
    public async Task Show_details_false_hides_nodes_and_absent_means_true()
    {
        var id = (await Client.ScaleInAsync(F.Removable[0].Ip)).Data["id"]!.GetValue<string>();
        (await Client.PollAsync(id, showDetails: false)).Data["nodes"].Should().BeNull();
        (await Client.PollAsync(id, showDetails: null)).Data["nodes"]!.AsArray().Should().HaveCount(5);
    }

    [Test]
    public async Task Delete_observer_route_is_the_same_handler()
    {
        var answer = await Client.ScaleInAsync(F.Removable[0].Ip, viaDelete: true);
        answer.Status.Should().Be(200, answer.Body);
        (await PollToEndAsync(answer.Data["id"]!.GetValue<string>())).Data["state"]!.GetValue<string>().Should().Be("SUCCEED");
        (await Client.ScaleInAsync(F.Removable[0].Ip, viaDelete: true)).Status.Should().Be(204);
    }

    [TestCase("abc", 400, "Task.GenericID.Invalid")]
    [TestCase("1", 400, "Task.GenericID.Invalid")]
    [TestCase("1999", 404, "Task.NotFound")]
    public async Task Poll_errors(string id, int status, string errCode)
    {
        ShouldFail(await Client.PollAsync(id), status, errCode);
    }

    [Test]
    public async Task Every_node_can_be_removed_in_turn()
    {
        foreach (var node in F.Removable.Take(5).Append(F.MajorityAtRisk))
        {
            var id = (await Client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>();
            await PollToEndAsync(id, details: false);
        }

        Host.Stub.Members.Should().HaveCount(F.Members.Count - 6);
        ObshellStubFixtures.Default.Removable.Should().HaveCountGreaterThanOrEqualTo(50).And.OnlyHaveUniqueItems()
            .And.NotContain(F.MajorityAtRisk).And.NotContain(F.Agent).And.NotContain(F.NonMember);
        ObshellStubFixtures.Default.Removable[0].Should().Be(new NodeAddress("10.10.10.4", 2886));
    }

    private static IEnumerable<string> Names(JsonNode dag) => dag["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>());
}
