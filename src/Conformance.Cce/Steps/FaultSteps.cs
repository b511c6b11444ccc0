using Conformance.Cce.Drivers;
using Reqnroll;

namespace Conformance.Cce.Steps;

/// <summary>One named fault per error row, built from the same steps the other features use.</summary>
[Binding]
[Scope(Tag = "cce")]
public sealed class FaultSteps(CceDriver driver, RequestSteps request)
{
    [Given("a request that is refused because of {}")]
    public async Task Fault(string fault)
    {
        switch (fault)
        {
            case "a wrong apiVersion":
                await request.OneNode();
                request.Field("apiVersion", "\"v2\"");
                break;
            case "a text/plain body":
                await request.OneNode();
                request.ContentType("text/plain");
                break;
            case "201 nodes":
                await request.OneKnownRestUnknown(201);
                break;
            case "missing credentials":
                await request.OneNode();
                driver.Request.Auth = CceAuthMode.None;
                break;
            case "a wrong token":
                await request.OneNode();
                driver.Request.Auth = CceAuthMode.WrongToken;
                break;
            case "an unknown cluster":
                await request.OneNode();
                request.UnknownCluster();
                break;
            case "an unknown node":
                request.UnknownNode();
                break;
            case "a node being removed":
                // The first removal is accepted and left running; the scenario's request is the same one again.
                await request.OneNode();
                await driver.SendAsync();
                driver.ExpectAccepted("the first removal of the node");
                break;
            default:
                throw new InvalidOperationException($"suite error: unknown fault '{fault}'");
        }
    }
}
