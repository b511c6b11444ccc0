using Reqnroll;

namespace Conformance.Cli.Tests.ToyPack;

/// <summary>The toy feature's steps: thin, the driver does the HTTP and JSON work.</summary>
[Binding]
public sealed class ToySteps(ToyDriver driver)
{
    [When("the toy is pinged")]
    public Task Ping() => driver.PingAsync();

    [Then("the toy answers a pong")]
    public void Pong() => driver.AssertPong();
}
