namespace Conformance.Obshell.Tests.Stub;

public class DagOperationTests : StubTestBase
{
    private async Task<string> StartAsync() =>
        (await Client.ScaleInAsync(F.Removable[0].Ip)).Data["id"]!.GetValue<string>();

    private async Task<string> CancelledAsync()
    {
        var id = await StartAsync();
        await Client.PollAsync(id);
        (await Client.OperateAsync(id, "cancel")).Status.Should().Be(204);
        return id;
    }

    [Test]
    public async Task Cancel_fails_the_dag()
    {
        var id = await CancelledAsync();
        var answer = await Client.PollAsync(id);
        answer.Data["state"]!.GetValue<string>().Should().Be("FAILED");
        answer.Data["operator"]!.GetValue<string>().Should().Be("CANCEL");
        Host.Stub.Members.Should().Contain(F.Removable[0]);
    }

    [Test]
    public async Task Rollback_ends_succeed_rollback_and_keeps_the_node()
    {
        var id = await CancelledAsync();
        (await Client.OperateAsync(id, "rollback")).Status.Should().Be(204);
        var done = await PollToEndAsync(id);
        done.Data["state"]!.GetValue<string>().Should().Be("SUCCEED");
        done.Data["operator"]!.GetValue<string>().Should().Be("ROLLBACK");
        Host.Stub.Members.Should().Contain(F.Removable[0]);
    }

    [TestCase("retry", "RUN")]
    [TestCase("pass", "PASS")]
    public async Task Retry_and_pass_finish_the_removal(string op, string finalOperator)
    {
        var id = await CancelledAsync();
        (await Client.OperateAsync(id, op)).Status.Should().Be(204);
        var done = await PollToEndAsync(id);
        done.Data["state"]!.GetValue<string>().Should().Be("SUCCEED");
        done.Data["operator"]!.GetValue<string>().Should().Be(finalOperator);
        Host.Stub.Members.Should().NotContain(F.Removable[0]);
    }

    [TestCase("rollback", "Task.Dag.Operator.RollbackNotFailedDag")]
    [TestCase("retry", "Task.Dag.Operator.RetryNotFailedDag")]
    [TestCase("pass", "Task.Dag.Operator.PassNotFailedDag")]
    [TestCase("explode", "Task.Dag.Operator.NotSupport")]
    public async Task Operations_on_a_running_dag_are_refused(string op, string errCode)
    {
        ShouldFail(await Client.OperateAsync(await StartAsync(), op), 400, errCode);
    }

    [Test]
    public async Task Cancel_of_a_finished_dag_is_refused()
    {
        var id = await StartAsync();
        await PollToEndAsync(id);
        ShouldFail(await Client.OperateAsync(id, "cancel"), 400, "Task.Dag.Operator.CancelFinishedDag");
    }

    [Test]
    public async Task Operating_an_unknown_dag_is_404()
    {
        ShouldFail(await Client.OperateAsync("1999", "cancel"), 404, "Task.NotFound");
    }
}
