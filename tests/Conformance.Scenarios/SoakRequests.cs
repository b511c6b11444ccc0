using System.Text;
using Conformance.Cce.Stub;
using Conformance.Obshell.Protocol;
using Conformance.Obshell.Stub;

namespace Conformance.Scenarios;

/// <summary>
/// The soak's request mix: every kind an idle stub answers without creating state (no DAG, no job), so the stub's own
/// memory must stay flat and any growth is a leak, not a fixture being used up.
/// </summary>
internal sealed class SoakRequests(HttpClient http, string publicKey) : IDisposable
{
    public const int Kinds = 10;

    // One per worker: RSA objects are not shared across threads.
    private readonly ObshellRequestEncryptor _encryptor = new(publicKey);

    public async Task<(int Expected, int Actual)> SendAsync(int kind)
    {
        var o = ObshellStubFixtures.Default;
        var c = CceFixtures.Default;
        var remove = $"/api/v3/projects/{c.ProjectId}/clusters/{c.ClusterId}/nodes/operation/remove";
        var nonMember = $$$"""{"agent_info":{"ip":"{{{o.NonMember.Ip}}}","port":{{{o.NonMember.Port}}}}}""";
        var unknownNode = $$$"""{"spec":{"nodes":[{"uid":"{{{c.UnknownNodeUid}}}"}]}}""";
        return kind switch
        {
            0 => (200, await SendAsync(HttpMethod.Get, "/api/v1/info")),
            1 => (200, await SendAsync(HttpMethod.Get, "/api/v1/secret")),
            2 => (404, await ObshellAsync(HttpMethod.Get, "/api/v1/task/dag/1999999", null, o.AgentPassword)),
            3 => (204, await ObshellAsync(HttpMethod.Post, "/api/v1/ob/scale_in", nonMember, o.AgentPassword)),
            4 => (401, await ObshellAsync(HttpMethod.Post, "/api/v1/ob/scale_in", nonMember, "wrong-password")),
            5 => (404, await SendAsync(HttpMethod.Put, remove, unknownNode, ("X-Auth-Token", c.Token))),
            6 => (401, await SendAsync(HttpMethod.Put, remove, unknownNode, ("X-Auth-Token", "not-a-token"))),
            7 => (400, await SendAsync(HttpMethod.Put, remove, "{", ("X-Auth-Token", c.Token))),
            8 => (404, await SendAsync(HttpMethod.Get, $"/api/v3/projects/{c.ProjectId}/jobs/{c.UnknownJobId}", null, ("X-Auth-Token", c.Token))),
            _ => (404, await SendAsync(HttpMethod.Get, "/api/v1/no_such_route")),
        };
    }

    public void Dispose() => _encryptor.Dispose();

    private Task<int> ObshellAsync(HttpMethod method, string uri, string? json, string password)
    {
        var encrypted = _encryptor.Encrypt(password, uri, DateTimeOffset.UtcNow.AddSeconds(60), json);
        return SendAsync(method, uri, encrypted.Body, (ObshellHeaders.Agent, encrypted.HeaderValue));
    }

    private async Task<int> SendAsync(HttpMethod method, string uri, string? body = null, (string Name, string Value)? header = null)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (header is { } h)
        {
            request.Headers.TryAddWithoutValidation(h.Name, h.Value);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }
}
