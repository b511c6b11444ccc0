using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Obshell.Protocol;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>The few API calls the control-route and timed-stub tests make against a <see cref="ReferenceStub"/>, authenticated as its profile says.</summary>
internal static class StubCalls
{
    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>Starts the removal of one CCE node; the job id.</summary>
    public static async Task<string> StartCceRemovalAsync(HttpClient http, ReferenceStub stub, string uid)
    {
        var c = stub.Cce.Fixtures;
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v3/projects/{c.ProjectId}/clusters/{c.ClusterId}/nodes/operation/remove")
        {
            Content = Json($$$"""{"apiVersion":"v3","kind":"RemoveNodesTask","spec":{"nodes":[{"uid":"{{{uid}}}"}]}}"""),
        };
        put.Headers.Add("X-Auth-Token", c.Token);
        using var removed = await http.SendAsync(put);
        var text = await removed.Content.ReadAsStringAsync();
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return JsonNode.Parse(text)!["status"]!["jobID"]!.GetValue<string>();
    }

    public static async Task<string> CceJobPhaseAsync(HttpClient http, ReferenceStub stub, string jobId)
    {
        var c = stub.Cce.Fixtures;
        using var poll = new HttpRequestMessage(HttpMethod.Get, $"/api/v3/projects/{c.ProjectId}/jobs/{jobId}");
        poll.Headers.Add("X-Auth-Token", c.Token);
        using var answer = await http.SendAsync(poll);
        return JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["status"]!["phase"]!.GetValue<string>();
    }

    /// <summary>Removes a node through the API and polls its job to Success.</summary>
    public static async Task RemoveCceNodeAsync(HttpClient http, ReferenceStub stub, string uid)
    {
        var jobId = await StartCceRemovalAsync(http, stub, uid);
        for (var i = 0; i < 10 && await CceJobPhaseAsync(http, stub, jobId) != "Success"; i++)
        {
        }

        Assert.That(stub.Cce.CurrentNodes(), Does.Not.Contain(uid));
    }

    /// <summary>An authenticated obshell request; the answer's envelope.</summary>
    public static async Task<JsonNode?> ObshellAsync(HttpClient http, ReferenceStub stub, HttpMethod method, string uri, string? json)
    {
        using var encryptor = new ObshellRequestEncryptor(stub.Obshell.PublicKeyBase64);
        // The wall clock, not the stub's: a fake stub clock starts in the past, so the header stays unexpired.
        var encrypted = encryptor.Encrypt(stub.Obshell.Fixtures.AgentPassword, uri, DateTimeOffset.UtcNow.AddSeconds(60), json);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation(ObshellHeaders.Agent, encrypted.HeaderValue);
        if (encrypted.Body is { } body)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>Starts a scale-in; the DAG's generic id.</summary>
    public static async Task<string> StartScaleInAsync(HttpClient http, ReferenceStub stub, string ip, int port)
    {
        var created = await ObshellAsync(http, stub, HttpMethod.Post, "/api/v1/ob/scale_in", $$$"""{"agent_info":{"ip":"{{{ip}}}","port":{{{port}}}}}""");
        return created!["data"]!["id"]!.GetValue<string>();
    }

    public static async Task<string> DagStateAsync(HttpClient http, ReferenceStub stub, string id) =>
        (await ObshellAsync(http, stub, HttpMethod.Get, $"/api/v1/task/dag/{id}?show_details=false", null))!["data"]!["state"]!.GetValue<string>();

    /// <summary>Scales a node in through the API and polls its DAG to SUCCEED.</summary>
    public static async Task RemoveObshellNodeAsync(HttpClient http, ReferenceStub stub, string ip, int port)
    {
        var id = await StartScaleInAsync(http, stub, ip, port);
        for (var i = 0; i < 10 && await DagStateAsync(http, stub, id) != "SUCCEED"; i++)
        {
        }

        Assert.That(stub.Obshell.Members, Does.Not.Contain(new NodeAddress(ip, port)));
    }
}
