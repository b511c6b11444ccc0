using Conformance.Obshell.Stub;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Stub;

/// <summary>POST /api/v1/ob/scale_out: bringing a node a scale-in removed back, and the refusals around it.</summary>
public class ScaleOutTests : StubTestBase
{
    [Test]
    public async Task A_removed_node_is_added_back_by_a_DAG_that_succeeds_and_can_be_removed_again()
    {
        var node = F.Removable[0];
        await PollToEndAsync((await Client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>());
        Host.Stub.Members.Should().NotContain(node);

        var created = await Client.ScaleOutAsync(node.Ip, node.Port);

        created.Status.Should().Be(200, created.Body);
        SchemaCatalog.AssertValid("dag-envelope", created.Body);
        created.Data["name"]!.GetValue<string>().Should().Be("Cluster scale out");
        (created.Data["state"]!.GetValue<string>(), created.Data["stage"]!.GetValue<int>()).Should().Be(("READY", 1));
        var done = await PollToEndAsync(created.Data["id"]!.GetValue<string>());
        done.Data["state"]!.GetValue<string>().Should().Be("SUCCEED");
        Host.Stub.Members.Should().Contain(node);
        (await Client.ScaleInAsync(node.Ip)).Status.Should().Be(200, "the node is a member again");
    }

    [Test]
    public async Task A_node_being_added_is_a_member_only_once_its_DAG_succeeds()
    {
        var node = F.Removable[0];
        await PollToEndAsync((await Client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>());
        var id = (await Client.ScaleOutAsync(node.Ip)).Data["id"]!.GetValue<string>();

        await Client.PollAsync(id);

        Host.Stub.Members.Should().NotContain(node);
    }

    [Test]
    public async Task A_current_member_is_500_already_exists()
    {
        ShouldFail(await Client.ScaleOutAsync(F.Removable[0].Ip), 500, "Agent.AlreadyExists");
    }

    [Test]
    public async Task An_address_that_never_was_an_agent_is_not_supported()
    {
        ShouldFail(await Client.ScaleOutAsync(F.NonMember.Ip, F.NonMember.Port), 400, "Agent.Identify.NotSupportOperation");
    }

    [Test]
    public async Task A_handling_agent_that_is_not_a_cluster_agent_is_not_supported()
    {
        var node = F.Removable[0];
        await PollToEndAsync((await Client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>());
        Host.Stub.SetIdentity(AgentIdentity.NotInitialized);

        ShouldFail(await Client.ScaleOutAsync(node.Ip), 400, "Agent.Identify.NotSupportOperation");
    }

    [Test]
    public async Task Reset_forgets_the_single_agents()
    {
        var node = F.Removable[0];
        await PollToEndAsync((await Client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>());

        Host.Stub.Reset();

        Host.Stub.Members.Should().Contain(node);
        ShouldFail(await Client.ScaleOutAsync(node.Ip), 500, "Agent.AlreadyExists");
    }

    [TestCase("")]
    [TestCase("{}")]
    [TestCase("not json")]
    [TestCase("""{"zone":"zone1","obConfigs":{}}""")]
    [TestCase("""{"agentInfo":{"ip":"10.10.10.4","port":2886},"obConfigs":{}}""")]
    [TestCase("""{"agentInfo":{"ip":"10.10.10.4","port":2886},"zone":"zone1"}""")]
    [TestCase("""{"agentInfo":{"ip":"10.10.10.4","port":2886},"zone":"","obConfigs":{}}""")]
    [TestCase("""{"agentInfo":{"ip":"10.10.10.4","port":2886},"zone":"zone1","obConfigs":"datafile_size=2G"}""")]
    [TestCase("""{"agentInfo":{"ip":"","port":2886},"zone":"zone1","obConfigs":{}}""")]
    [TestCase("""{"agentInfo":{"ip":"10.10.10.4","port":0},"zone":"zone1","obConfigs":{}}""")]
    [TestCase("""{"agentInfo":{"ip":"10.10.10.4","port":"2886"},"zone":"zone1","obConfigs":{}}""")]
    public async Task Bad_body_is_400_bind_json_failed(string body)
    {
        var node = F.Removable[0];
        await PollToEndAsync((await Client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>());

        var call = new ObshellCall(HttpMethod.Post, "/api/v1/ob/scale_out") { BodyJson = body };

        ShouldFail(await Client.SendAsync(call), 400, "Common.BindJsonFailed");
    }

    [Test]
    public async Task Without_an_auth_header_it_is_400_header_not_found()
    {
        var call = new ObshellCall(HttpMethod.Post, "/api/v1/ob/scale_out")
        {
            BodyJson = """{"agentInfo":{"ip":"10.10.10.4","port":2886},"zone":"zone1","obConfigs":{}}""",
            RawHeader = "",
        };

        ShouldFail(await Client.SendAsync(call), 400, "Request.Header.NotFound");
    }

    [Test]
    public async Task Scale_out_while_a_scale_in_runs_is_refused()
    {
        var node = F.Removable[0];
        await PollToEndAsync((await Client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>());
        (await Client.ScaleInAsync(F.Removable[1].Ip)).Status.Should().Be(200);

        ShouldFail(await Client.ScaleOutAsync(node.Ip), 500, "OB.Cluster.UnderMaintenanceWithDag");
    }

    [Test]
    public async Task Scale_in_while_a_scale_out_runs_is_refused()
    {
        var node = F.Removable[0];
        await PollToEndAsync((await Client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>());
        (await Client.ScaleOutAsync(node.Ip)).Status.Should().Be(200);

        ShouldFail(await Client.ScaleInAsync(F.Removable[1].Ip), 500, "OB.Cluster.UnderMaintenanceWithDag");
    }
}
