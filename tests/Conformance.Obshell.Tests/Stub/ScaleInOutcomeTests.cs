using Conformance.Obshell.Stub;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Stub;

/// <summary>The body and cluster rows of the outcome table.</summary>
public class ScaleInOutcomeTests : StubTestBase
{
    [TestCase("not json")]
    [TestCase("")]
    [TestCase("{}")]
    [TestCase("[]")]
    [TestCase("""{"force_kill":false}""")]
    [TestCase("""{"agent_info":null}""")]
    [TestCase("""{"agent_info":"10.10.10.4:2886"}""")]
    [TestCase("""{"agent_info":{"ip":"","port":2886}}""")]
    [TestCase("""{"agent_info":{"port":2886}}""")]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":0}}""")]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4"}}""")]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":"2886"}}""")]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":2886.5}}""")]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":2886},"force_kill":"true"}""")]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":2886},"force_kill":{"a":"b"}}""")]
    public async Task Bad_body_is_400_bind_json_failed(string body)
    {
        var call = new ObshellCall(HttpMethod.Post, "/api/v1/ob/scale_in") { BodyJson = body };
        ShouldFail(await Client.SendAsync(call), 400, "Common.BindJsonFailed");
    }

    [Test]
    public async Task Unknown_fields_are_ignored()
    {
        var call = new ObshellCall(HttpMethod.Post, "/api/v1/ob/scale_in") { BodyJson = """{"agent_info":{"ip":"10.10.10.4","port":2886,"zone":"z"},"x":[1]}""" };
        (await Client.SendAsync(call)).Status.Should().Be(200);
    }

    [Test]
    public async Task Self_removal_is_400()
    {
        ShouldFail(await Client.ScaleInAsync(F.Agent.Ip, F.Agent.Port), 400, "OB.Server.DeleteSelf");
    }

    [Test]
    public async Task Single_agent_removing_itself_is_204_and_anything_else_is_not_supported()
    {
        Host.Stub.SetIdentity(AgentIdentity.Single);
        (await Client.GetAsync("/api/v1/info")).Data["identity"]!.GetValue<string>().Should().Be("SINGLE");
        (await Client.ScaleInAsync(F.Agent.Ip, F.Agent.Port)).Status.Should().Be(204);
        ShouldFail(await Client.ScaleInAsync(F.Removable[0].Ip), 400, "Agent.Identify.NotSupportOperation");
    }

    [Test]
    public async Task Single_agent_accepts_the_empty_password_the_python_sdk_sends()
    {
        Host.Stub.SetIdentity(AgentIdentity.Single);
        var call = new ObshellCall(HttpMethod.Post, "/api/v1/ob/scale_in") { BodyJson = """{"agent_info":{"ip":"10.10.10.1","port":2886}}""", Password = "" };
        (await Client.SendAsync(call)).Status.Should().Be(204);
    }

    [Test]
    public async Task Not_initialised_agent_is_not_supported()
    {
        Host.Stub.SetIdentity(AgentIdentity.NotInitialized);
        ShouldFail(await Client.ScaleInAsync(F.Removable[0].Ip), 400, "Agent.Identify.NotSupportOperation");
        ShouldFail(await Client.ScaleInAsync(F.Agent.Ip), 400, "OB.Server.DeleteSelf");
    }

    [Test]
    public async Task Reset_restores_the_identity()
    {
        Host.Stub.SetIdentity(AgentIdentity.NotInitialized);
        Host.Stub.Reset();
        Host.Stub.Identity.Should().Be(AgentIdentity.ClusterAgent);
    }

    [Test]
    public async Task Non_member_is_204_without_body()
    {
        var answer = await Client.ScaleInAsync(F.NonMember.Ip, F.NonMember.Port);
        answer.Status.Should().Be(204);
        answer.Body.Should().BeEmpty();
        (await Client.ScaleInAsync(F.Removable[0].Ip, 2887)).Status.Should().Be(204, "the port is part of the identity");
    }

    [Test]
    public async Task Force_kill_losing_a_majority_is_400_but_a_plain_removal_is_accepted()
    {
        ShouldFail(await Client.ScaleInAsync(F.MajorityAtRisk.Ip, forceKill: true), 400, "OB.Cluster.MultiPaxosNotAlive");
        (await Client.ScaleInAsync(F.MajorityAtRisk.Ip, forceKill: false)).Status.Should().Be(200);
    }

    [Test]
    public async Task A_second_scale_in_during_a_dag_is_500()
    {
        (await Client.ScaleInAsync(F.Removable[0].Ip)).Status.Should().Be(200);
        ShouldFail(await Client.ScaleInAsync(F.Removable[1].Ip), 500, "OB.Cluster.UnderMaintenanceWithDag");
    }

    [Test]
    public async Task Check_order_non_member_before_lock_and_majority()
    {
        (await Client.ScaleInAsync(F.Removable[0].Ip)).Status.Should().Be(200);
        (await Client.ScaleInAsync(F.NonMember.Ip, forceKill: true)).Status.Should().Be(204);
        ShouldFail(await Client.ScaleInAsync(F.MajorityAtRisk.Ip, forceKill: true), 400, "OB.Cluster.MultiPaxosNotAlive");
    }

    [Test]
    public async Task Fifty_simultaneous_removals_of_one_node_give_exactly_one_acceptance()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Client.ScaleInAsync(F.Removable[0].Ip)));
        answers.Count(a => a.Status == 200).Should().Be(1);
        answers.Where(a => a.Status != 200).Should().OnlyContain(a => a.ErrCode == "OB.Cluster.UnderMaintenanceWithDag");
    }
}
