using Conformance.Cce.Drivers;
using Reqnroll;
using Conformance.Engine.Checks;

namespace Conformance.Cce.Steps;

/// <summary>Steps that follow the accepted removal's job to its end.</summary>
[Binding]
[Scope(Tag = "cce")]
public sealed class JobSteps(CceDriver driver)
{
    [Then("the job reaches Success")]
    public async Task ReachesSuccess()
    {
        var jobId = driver.LastJobId ?? driver.ExpectAccepted("the RemoveNode request");
        var outcome = await driver.FollowAsync(jobId);
        Expect.That(outcome.Phase == "Success", () => outcome.IsTerminal
            ? $"expected job {jobId} to reach $.status.phase 'Success', got '{outcome.Phase}' (reason: {outcome.Reason ?? "none"})"
            : $"expected job {jobId} to reach $.status.phase 'Success', still '{outcome.Phase}' after {outcome.Polls} polls " +
              $"over {outcome.Waited.TotalSeconds:0} s (the harness's bound)");
    }
}
