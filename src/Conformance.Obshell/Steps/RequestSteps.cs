using Conformance.Obshell.Drivers;
using Reqnroll;

namespace Conformance.Obshell.Steps;

/// <summary>Whens: scale-in requests, the one fault a request may carry, and the replay.</summary>
[Binding]
public sealed class RequestSteps(ObshellDriver driver)
{
    [Given("the next request carries {string}")]
    public void Fault(string fault) => driver.BreakNextRequest(RequestFaults.Parse(fault));

    [Given("the next request sends the trace id {string}")]
    public void Trace(string traceId) => driver.TraceNextRequest(traceId);

    [When("I ask to remove the node")]
    [When("I ask to remove the node again")]
    public Task Remove() => driver.ScaleInAsync(driver.Target(), forceKill: null);

    [When("I ask to remove the other node")]
    public Task RemoveOther() => driver.ScaleInAsync(driver.Target(1), forceKill: null);

    [When("I ask to remove the node with force_kill {word}")]
    public Task RemoveForced(string forceKill) => driver.ScaleInAsync(driver.Target(), bool.Parse(forceKill));

    [When("I send the scale-in body {string}")]
    public Task Body(string template) => driver.ScaleInTemplateAsync(template);

    [When("I poll a DAG that does not exist")]
    public Task PollUnknown() => driver.PollAsync("1999999999");

    [When("I poll the DAG with the id {string}")]
    public Task PollId(string id) => driver.PollAsync(Uri.EscapeDataString(id));

    [When("I replay the last request")]
    public Task Replay() => driver.ReplayAsync();

    [When("I get {string} without authentication")]
    public Task Get(string path) => driver.GetPublicAsync(path);
}
