using Conformance.Obshell.Drivers;
using Reqnroll;
using Conformance.Engine.Checks;

namespace Conformance.Obshell.Steps;

/// <summary>Thens of the security checks that are not plain status/errCode comparisons.</summary>
[Binding]
public sealed class SecuritySteps(ObshellDriver driver)
{
    [Then("the answer is not an authentication error")]
    public void Authenticated()
    {
        var code = driver.Last.Json?["error"]?["errCode"]?.ToString() ?? string.Empty;
        Expect.That(driver.Last.Status != 401 && !AuthError(code),
            () => $"expected the security checks to pass but got HTTP {driver.Last.Status} {code}: {Expect.Excerpt(driver.Last.Text)}");
    }

    [Then("a replay accepted inside the ts window is noted")]
    public void ReplayNote()
    {
        var code = driver.Last.Json?["error"]?["errCode"]?.ToString() ?? string.Empty;
        if (driver.Last.Status != 401 && !AuthError(code))
        {
            driver.Log.Note("OBS-N01", "the target accepted a replayed request (same encrypted header) inside its ts window: there is no nonce, as in the open-source server");
        }
    }

    [Then("the legacy code 1 the Python SDK needs is noted when absent")]
    public void LegacyCode()
    {
        if (driver.Last.Json?["error"]?["code"]?.ToJsonString() != "1")
        {
            driver.Log.Note("OBS-N07", "the undecryptable-header answer has no legacy \"code\": 1; the Python SDK looks for it to refresh its cached public key");
        }
    }

    [Then("the page's map type for force_kill is noted as wrong")]
    public void ForceKillNote() => driver.Log.Note(
        "OBS-N02",
        "the page types force_kill as map[string]string; the server binds a JSON boolean and refuses a string or an object, so the harness follows the server");

    private static bool AuthError(string code) =>
        code.StartsWith("Security.Authentication.", StringComparison.Ordinal) || code.StartsWith("Request.Header.", StringComparison.Ordinal);
}
