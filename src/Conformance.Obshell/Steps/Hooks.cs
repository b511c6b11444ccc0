using Conformance.Obshell.Drivers;
using Reqnroll;

namespace Conformance.Obshell.Steps;

/// <summary>Leaves the target as the scenario found it, whether the scenario passed or not.</summary>
[Binding]
public sealed class Hooks(ObshellDriver driver, StubControl stub)
{
    /// <summary>Runs for every scenario (hooks are global); does nothing when the scenario sent no obshell request.</summary>
    [AfterScenario(Order = 100)]
    public Task LeaveIdle() => driver.CleanUpAsync();

    [AfterScenario("reference-stub-only", Order = 10)]
    public async Task RestoreIdentity()
    {
        if (!stub.Changed)
        {
            return;
        }

        try
        {
            await stub.SetIdentityAsync(StubControl.ClusterAgent);
        }
        catch (Exception e)
        {
            driver.Log.Note("OBS-N06", $"the reference stub's identity could not be restored to CLUSTER AGENT: {e.Message}");
        }
    }
}
