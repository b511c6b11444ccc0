using System.Text;
using System.Text.Json.Nodes;
using Conformance.Engine.Http;
using Conformance.Engine.Checks;

namespace Conformance.Obshell.Drivers;

/// <summary>The reference stub's control route for the rows no real server can be put into on demand.</summary>
public sealed class StubControl(ObshellDriver driver, ScenarioHttp http)
{
    public const string ClusterAgent = "CLUSTER AGENT";

    /// <summary>True once the scenario changed the identity, so the hook knows to restore it.</summary>
    public bool Changed { get; private set; }

    public async Task SetIdentityAsync(string identity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, driver.Profile.BaseUrl.TrimEnd('/') + "/__conformance/obshell/identity")
        {
            Content = new StringContent(new JsonObject { ["identity"] = identity }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        Changed = identity != ClusterAgent;
        var answer = await http.SendAsync(request);
        Expect.That(answer.Status == 204, () => $"the stub's identity control route: expected HTTP 204 but got {answer.Status}: {answer.Text}");
    }
}
