using Conformance.Obshell.Drivers;
using Reqnroll;
using Conformance.Engine.Checks;

namespace Conformance.Obshell.Steps;

/// <summary>Polling, following and operating the scenario's DAG, and what its DTO must say.</summary>
[Binding]
public sealed class DagSteps(ObshellDriver driver)
{
    [When("I poll the DAG")]
    public Task Poll() => driver.PollAsync(driver.Dag);

    [When("I poll the DAG with show_details {word}")]
    public Task PollDetails(string details) => driver.PollAsync(driver.Dag, bool.Parse(details));

    [When("I follow the DAG until it finishes")]
    public Task Follow() => driver.FollowAsync(driver.Dag);

    [When("I apply the operator {string} to the DAG")]
    public async Task Operate(string op)
    {
        var answer = await driver.OperateAsync(driver.Dag, op);
        Expect.That(answer.Status is >= 200 and < 300, () => $"operator {op}: expected a 2xx answer but got HTTP {answer.Status}; body: {Expect.Excerpt(answer.Text)}");
    }

    [Then("the answer is a DAG with these fields:")]
    public void Fields(Table fields)
    {
        EnvelopeCheck.Success(driver.Last, driver.Run.Schemas);
        driver.Run.Schemas.AssertValid("obshell/dag-envelope.schema.json", driver.Last.Text, $"the HTTP {driver.Last.Status} DAG answer");
        foreach (var row in fields.Rows)
        {
            Expect.Field(driver.Last.Json, "$.data." + row["field"], row["value"]);
        }
    }

    [Then("the DAG id is the digit 1 followed by its dag_id")]
    public void GenericId()
    {
        var data = driver.Last.Json?["data"];
        var expected = "1" + data?["dag_id"]?.ToJsonString();
        Expect.Field(driver.Last.Json, "$.data.id", System.Text.Json.JsonSerializer.Serialize(expected));
    }

    [Then("the DAG lists every stage with its sub-tasks")]
    public void Details() => DagDetailsCheck.AssertStages(driver.Last.Json);

    [Then("the node is no longer a member")]
    public async Task Gone()
    {
        var answer = await driver.ScaleInAsync(driver.Target(), forceKill: null);
        Expect.That(answer.Status == 204, () => $"removing {driver.Target()} a second time: expected 204 (not a member) but got HTTP {answer.Status}; body: {Expect.Excerpt(answer.Text)}");
        EnvelopeCheck.NoBody(answer, 204);
    }
}
