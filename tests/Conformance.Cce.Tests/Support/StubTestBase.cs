using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Cce.Protocol;
using Conformance.Cce.Stub;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Cce.Tests.Support;

public enum Auth
{
    None,
    Token,
    AkSk,
}

/// <summary>What a stub call returned; every one has already been checked against the schemas.</summary>
public sealed record StubReply(HttpStatusCode Status, string Body, JsonNode? Json, string? RequestId)
{
    public string? Code => (string?)Json?["error_code"];

    public string? At(string path)
    {
        JsonNode? node = Json;
        foreach (var part in path.Split('.'))
        {
            node = int.TryParse(part, out var i) ? node?.AsArray()[i] : node?[part];
        }

        return node?.ToString();
    }
}

/// <summary>Starts a WireMock server on 127.0.0.1 with the CCE stub, one per fixture, state reset per test.</summary>
public abstract class StubTestBase
{
    protected static readonly DateTimeOffset Start = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1234567);

    protected ManualTimeProvider Clock { get; private set; } = null!;

    protected CceStub Stub { get; private set; } = null!;

    protected CceFixtures F => Stub.Fixtures;

    private WireMockServer server = null!;
    private HttpClient http = null!;

    [OneTimeSetUp]
    public void StartServer()
    {
        Clock = new ManualTimeProvider(Start);
        Stub = new CceStub(Options(new CceStubOptions { Time = Clock }));
        server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{FreePort()}"],
            AllowBodyForAllHttpMethods = true,
            StartAdminInterface = false,
        });
        Stub.Register(server);
        http = new HttpClient { BaseAddress = new Uri(server.Url!) };
    }

    /// <summary>What a fixture changes in the stub it runs against; the defaults otherwise.</summary>
    protected virtual CceStubOptions Options(CceStubOptions defaults) => defaults;

    [OneTimeTearDown]
    public void StopServer()
    {
        http.Dispose();
        server.Stop();
        server.Dispose();
    }

    [SetUp]
    public void ResetStub() => Stub.Reset();

    protected string RemovePath(string? project = null, string? cluster = null) =>
        $"/api/v3/projects/{project ?? F.ProjectId}/clusters/{cluster ?? F.ClusterId}/nodes/operation/remove";

    protected string JobPath(string jobId, string? project = null) => $"/api/v3/projects/{project ?? F.ProjectId}/jobs/{jobId}";

    protected static string Body(IEnumerable<string> uids, JsonObject? login = null, bool header = true)
    {
        var spec = new JsonObject { ["nodes"] = new JsonArray(uids.Select(u => (JsonNode)new JsonObject { ["uid"] = u }).ToArray()) };
        if (login is not null)
        {
            spec["login"] = login;
        }

        var task = new JsonObject { ["spec"] = spec };
        if (header)
        {
            task["apiVersion"] = "v3";
            task["kind"] = "RemoveNodesTask";
        }

        return task.ToJsonString();
    }

    protected Task<StubReply> RemoveAsync(string body, Auth auth = Auth.Token, string? contentType = "application/json",
        string? path = null) =>
        SendAsync(HttpMethod.Put, path ?? RemovePath(), body, auth, contentType);

    protected Task<StubReply> ShowJobAsync(string jobId, Auth auth = Auth.Token, string? project = null) =>
        SendAsync(HttpMethod.Get, JobPath(jobId, project), null, auth, null);

    /// <summary>Polls until Success (or 10 polls) and returns the phases seen.</summary>
    protected async Task<List<string>> PollToSuccessAsync(string jobId)
    {
        var phases = new List<string>();
        for (var i = 0; i < 10 && (phases.Count == 0 || phases[^1] != "Success"); i++)
        {
            var reply = await ShowJobAsync(jobId);
            reply.Status.Should().Be(HttpStatusCode.OK);
            phases.Add(reply.At("status.phase")!);
        }

        return phases;
    }

    protected async Task<StubReply> SendAsync(HttpMethod method, string path, string? body, Auth auth, string? contentType,
        Action<HttpRequestMessage>? afterSigning = null, AkSkSigner? signer = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (auth == Auth.Token)
        {
            request.Headers.Add("X-Auth-Token", F.Token);
        }
        else if (auth == Auth.AkSk)
        {
            // The Node SDK's shape: absolute URI for Host, X-Project-Id, then content-type;host;x-project-id;x-sdk-date.
            request.RequestUri = new Uri(http.BaseAddress!, path);
            request.Headers.Add("X-Project-Id", F.ProjectId);
            await (signer ?? new AkSkSigner(F.Credentials, Clock)).SignAsync(request);
        }

        afterSigning?.Invoke(request);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var reply = new StubReply(response.StatusCode, text, text.Length == 0 ? null : JsonNode.Parse(text),
            response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.Single() : null);
        CheckAgainstSchemas(path, reply);
        return reply;
    }

    private static void CheckAgainstSchemas(string path, StubReply reply)
    {
        reply.RequestId.Should().NotBeNullOrEmpty("every stub response carries X-Request-Id");
        var schema = reply.Status switch
        {
            HttpStatusCode.OK when path.Contains("/jobs/", StringComparison.Ordinal) => "job.schema.json",
            HttpStatusCode.OK => "remove-nodes-task.response.schema.json",
            HttpStatusCode.Unauthorized => "gateway-error.schema.json",
            _ => "cce-error.schema.json",
        };
        SchemaFiles.Validate(schema, reply.Body).Should().BeEmpty($"{schema} accepts {reply.Body}");
        if (schema == "cce-error.schema.json")
        {
            reply.Json!["errorCode"]!.ToString().Should().Be(reply.Json["error_code"]!.ToString());
            reply.Json["errorMessage"]!.ToString().Should().Be(reply.Json["error_msg"]!.ToString());
        }

        if (schema == "gateway-error.schema.json")
        {
            reply.Json!["request_id"]!.ToString().Should().Be(reply.RequestId);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
