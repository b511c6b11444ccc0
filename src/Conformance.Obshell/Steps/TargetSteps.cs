using Conformance.Engine.Running;
using Conformance.Obshell.Drivers;
using Reqnroll;

namespace Conformance.Obshell.Steps;

/// <summary>Givens: which route, which node, and what the target profile must allow.</summary>
[Binding]
public sealed class TargetSteps(ObshellDriver driver, StubControl stub)
{
    [Given("the scale-in route is {string}")]
    public void Route(string route) => driver.Route = ScaleInRoute.Parse(route);

    [Given("a removable node")]
    public Task Removable() => driver.LeaseRemovableAsync();

    [Given("another member the maintenance lock must refuse")]
    public void OtherMember() => driver.ChooseOtherMember();

    [Given("the profile's node that is not a member")]
    public void NonMember() => driver.Choose(driver.NonMember);

    [Given("the agent's own node")]
    public void Self() => driver.Choose(driver.Profile.Agent);

    [Given("a node whose forced removal would cost a log stream its majority")]
    public void MajorityAtRisk() => driver.Choose(driver.MajorityAtRisk);

    [Given("the target allows DAG operations")]
    public void DagOperations()
    {
        if (!driver.Profile.DagOperations)
        {
            throw new NotRunException("the profile does not set \"dagOperations\": true, so rollback, retry, cancel and pass are not tried on this target");
        }
    }

    [Given("the target is the reference stub")]
    public void ReferenceStub()
    {
        if (!driver.Run.Profile.ReferenceStub)
        {
            throw new NotRunException("needs the reference stub (\"referenceStub\": true): no real server can be put into this state on demand");
        }
    }

    [Given("the reference stub's agent identity is {string}")]
    public Task Identity(string identity) => stub.SetIdentityAsync(identity);
}
