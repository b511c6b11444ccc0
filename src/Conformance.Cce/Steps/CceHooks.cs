using Conformance.Cce.Drivers;
using Reqnroll;

namespace Conformance.Cce.Steps;

/// <summary>Leaves the target idle after every CCE scenario, passed or failed.</summary>
[Binding]
[Scope(Tag = "cce")]
public sealed class CceHooks(CceDriver driver)
{
    [AfterScenario]
    public async Task FinishAsync()
    {
        // A hook that throws would replace the scenario's verdict: the driver notes cleanup problems instead.
        try
        {
            await driver.FinishAsync();
        }
        catch (Exception)
        {
        }
    }
}
