using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Obshell.Protocol;

namespace Conformance.Obshell.Tests.Support;

/// <summary>One answer: HTTP status, raw body and its parsed JSON (null for an empty body).</summary>
public sealed record ObshellAnswer(int Status, string Body, JsonNode? Json)
{
    public string? ErrCode => Json?["error"]?["errCode"]?.GetValue<string>();
    public JsonNode Data => Json?["data"] ?? throw new InvalidOperationException($"no data in {Body}");
}

/// <summary>How to build one request; every default is a well-formed request.</summary>
public sealed record ObshellCall(HttpMethod Method, string Uri)
{
    public string? BodyJson { get; init; }
    /// <summary>Sent as-is, replacing the encrypted body.</summary>
    public string? RawBody { get; init; }
    public string? Password { get; init; }
    public string HeaderName { get; init; } = ObshellHeaders.Root;
    /// <summary>The uri written inside the header; defaults to <see cref="Uri"/>.</summary>
    public string? HeaderUri { get; init; }
    public TimeSpan ExpiresIn { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Encrypt this header JSON instead of the well-formed payload.</summary>
    public string? HeaderJson { get; init; }
    /// <summary>Sent as-is, replacing the encrypted header; "" sends no header.</summary>
    public string? RawHeader { get; init; }
    public string? TraceId { get; init; }
}

/// <summary>An HTTP driver for tests: encrypts like the SDKs, then checks the envelope rules on every answer.</summary>
public sealed class ObshellTestClient(HttpClient http, TimeProvider time, string defaultPassword) : IDisposable
{
    private ObshellRequestEncryptor? _encryptor;

    public async Task<ObshellAnswer> SendAsync(ObshellCall call)
    {
        _encryptor ??= new ObshellRequestEncryptor((await GetAsync("/api/v1/secret")).Data["public_key"]!.GetValue<string>());
        var keys = AesKeyMaterial.CreateRandom();
        var payload = AuthHeaderPayload.Create(call.Password ?? defaultPassword, call.HeaderUri ?? call.Uri, time.GetUtcNow() + call.ExpiresIn, keys);
        var header = call.RawHeader ?? (call.HeaderJson is { } json ? _encryptor.EncryptHeaderJson(json) : _encryptor.EncryptHeader(payload));
        var body = call.RawBody ?? (call.BodyJson is { } b ? AesBodyCipher.Encrypt(Encoding.UTF8.GetBytes(b), keys) : null);

        using var request = new HttpRequestMessage(call.Method, call.Uri);
        if (header.Length > 0)
        {
            request.Headers.TryAddWithoutValidation(call.HeaderName, header);
        }

        if (call.TraceId is not null)
        {
            request.Headers.TryAddWithoutValidation(ObshellHeaders.TraceId, call.TraceId);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await ReadAsync(await http.SendAsync(request));
    }

    public Task<ObshellAnswer> ScaleInAsync(string ip, int port = 2886, bool? forceKill = null, bool viaDelete = false)
    {
        var json = forceKill is null
            ? $$$"""{"agent_info":{"ip":"{{{ip}}}","port":{{{port}}}}}"""
            : $$$"""{"agent_info":{"ip":"{{{ip}}}","port":{{{port}}}},"force_kill":{{{(forceKill.Value ? "true" : "false")}}}}""";
        return SendAsync(viaDelete
            ? new ObshellCall(HttpMethod.Delete, "/api/v1/observer") { BodyJson = json }
            : new ObshellCall(HttpMethod.Post, "/api/v1/ob/scale_in") { BodyJson = json });
    }

    /// <summary>POST /api/v1/ob/scale_out with the camelCase body the Python SDK sends.</summary>
    public Task<ObshellAnswer> ScaleOutAsync(string ip, int port = 2886, string zone = "zone1") =>
        SendAsync(new ObshellCall(HttpMethod.Post, "/api/v1/ob/scale_out")
        {
            BodyJson = $$$"""{"agentInfo":{"ip":"{{{ip}}}","port":{{{port}}}},"zone":"{{{zone}}}","obConfigs":{"datafile_size":"2G"},"targetAgentPassword":"x"}""",
        });

    public Task<ObshellAnswer> PollAsync(string genericId, bool? showDetails = true) =>
        SendAsync(new ObshellCall(HttpMethod.Get, showDetails is null ? $"/api/v1/task/dag/{genericId}" : $"/api/v1/task/dag/{genericId}?show_details={(showDetails.Value ? "true" : "false")}"));

    public Task<ObshellAnswer> OperateAsync(string genericId, string op) =>
        SendAsync(new ObshellCall(HttpMethod.Post, $"/api/v1/task/dag/{genericId}") { BodyJson = $$"""{"operator":"{{op}}"}""" });

    public async Task<ObshellAnswer> GetAsync(string uri) => await ReadAsync(await http.GetAsync(uri));

    public void Dispose() => _encryptor?.Dispose();

    private static async Task<ObshellAnswer> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                Assert.That(body, Is.Empty, "a 204 carries no body");
                return new ObshellAnswer(status, body, null);
            }

            // Envelope rules that hold for every answer with a body.
            SchemaCatalog.AssertValid("envelope", body);
            SchemaCatalog.AssertValid(status < 300 ? "envelope" : "error-envelope", body);
            var json = JsonNode.Parse(body);
            Assert.That(json!["status"]!.GetValue<int>(), Is.EqualTo(status), "body status equals HTTP status");
            return new ObshellAnswer(status, body, json);
        }
    }
}
