using System.Reflection;
using System.Text.Json.Nodes;
using Conformance.Engine.Catalogue;
using Conformance.Engine.Explore;
using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Packs;
using Conformance.Engine.Planning;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using CsCheck;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Conformance.Cli.Tests.ToyPack;

/// <summary>
/// A pack no shipped code knows: a tiny API (GET /toy/ping answers {"pong": true}) with one feature, one schema, one
/// stub route, one driver and one explorer case. It proves the engine, the CLI and the stub host need no change for an API.
/// </summary>
public sealed class ToyPack : IApiPack
{
    public const string ApiName = "toy";

    /// <summary>The deviation that makes the toy stub answer 500 instead of a pong.</summary>
    public const string NoPong = "toy-no-pong";

    public string Name => ApiName;

    public string Title => "Toy";

    public string Summary => "the toy ping";

    public Assembly Bindings => typeof(ToyPack).Assembly;

    public IReadOnlyList<FixtureNeed> FixtureNeeds { get; } = [];

    public IProfilePack Profile { get; } = new ToyProfileReader();

    public IStubPack Stub { get; } = new ToyStubPack();

    public IExplorePack Explore { get; } = new ToyExplorePack();

    public IReadOnlyList<ApiOperation> Operations { get; } = [new("GET", "/toy/ping", "ping", "Ping the toy", null, "pong", null)];

    /// <summary>The toy suite (features/toy, schemas/toy) beside the test assembly.</summary>
    public static string SuiteRoot => Path.Combine(AppContext.BaseDirectory, "ToyPack", "Suite");
}

/// <summary>The toy's profile section: a base URL, nothing else.</summary>
public sealed record ToyProfile(string BaseUrl) : IProfileSection
{
    public string Api => ToyPack.ApiName;

    public IEnumerable<(string Env, string Field)> Secrets => [];

    public string RemovableField => "toy.removable";

    public int RemovableCount => 0;

    public RestoreProfile? Restore => null;

    public int RemovalTimeoutSeconds => 1;

    public bool OneRemovalAtATime => true;

    public IProfileSection WithBaseUrl(string url) => this with { BaseUrl = url };
}

internal sealed class ToyProfileReader : IProfilePack
{
    public JsonObject SchemaFragment { get; } = new()
    {
        ["section"] = new JsonObject
        {
            ["description"] = "The toy target.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject { ["baseUrl"] = new JsonObject { ["type"] = "string" } },
        },
    };

    public IProfileSection Read(JsonObject section, ProfileFields fields) => new ToyProfile(fields.OptionalString(section, "baseUrl", "toy.baseUrl") ?? string.Empty);
}

internal sealed class ToyStubPack : IStubPack
{
    public IReadOnlyList<StubDeviation> Deviations { get; } = [new(ToyPack.NoPong, "TOY-001", "answers a ping with 500")];

    public IReadOnlyDictionary<string, string> DefaultSecrets { get; } = new Dictionary<string, string>();

    public StubPace? Pace => null;

    public JsonObject ProfileSection(string baseUrl, string controlUrl, bool small) => new() { ["baseUrl"] = baseUrl };

    public IStubLane Start(StubLaneOptions options) => new ToyLane(options.Deviations.Contains(ToyPack.NoPong));
}

internal sealed class ToyLane(bool noPong) : IStubLane
{
    public int Pings { get; private set; }

    public string ApiPrefix => "/toy/";

    public IReadOnlyList<string> ControlRoutes { get; } = ["GET /pings"];

    public IResponseMessage Handle(IRequestMessage request)
    {
        if (request.Path != "/toy/ping" || request.Method != "GET")
        {
            return Answer(404, "{\"error\":\"no such toy route\"}");
        }

        Pings++;
        return noPong ? Answer(500, "{\"error\":\"no pong today\"}") : Answer(200, "{\"pong\":true}");
    }

    public void Reset() => Pings = 0;

    public JsonObject ProfileSection(string baseUrl, string controlUrl, bool small) => new() { ["baseUrl"] = baseUrl };

    public ControlAnswer? Control(string method, string path, string? body) =>
        (method, path) is ("GET", "/pings") ? new ControlAnswer(200, $"{{\"pings\":{Pings}}}") : null;

    public void Dispose()
    {
    }

    private static ResponseMessage Answer(int status, string json)
    {
        var message = new ResponseMessage { StatusCode = status, BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String } };
        message.AddHeader("Content-Type", "application/json");
        return message;
    }
}

/// <summary>The toy's one driver: sends the ping and checks the answer against schemas/toy/pong.schema.json.</summary>
public sealed class ToyDriver(RunContext run, ScenarioLog log)
{
    public HttpResult? Answer { get; private set; }

    public async Task PingAsync()
    {
        var toy = run.Profile.Section<ToyProfile>(ToyPack.ApiName) ?? throw new FixtureMissingException("toy");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{toy.BaseUrl.TrimEnd('/')}/toy/ping");
        Answer = await new ScenarioHttp(run, log).SendAsync(request);
    }

    public void AssertPong()
    {
        var answer = Answer ?? throw new InvalidOperationException("no ping was sent");
        if (answer.Status != 200)
        {
            throw new InvalidOperationException($"TOY-001: expected 200 to a ping, got {answer.Status}");
        }

        run.Schemas.AssertValid("toy/pong.schema.json", answer.Text, "the ping's answer");
    }
}

internal sealed class ToyExplorePack : IExplorePack
{
    public IApiExplorer? Create(RunContext run, int maxSpent) => run.Profile.Section<ToyProfile>(ToyPack.ApiName) is { } toy ? new ToyExplorer(run, toy) : null;

    public IProbeSender Sender(RunContext run) => new ToySender(run, run.Profile.Section<ToyProfile>(ToyPack.ApiName)!);

    public string? Curl(Finding finding, RunContext run) => null;
}

/// <summary>The toy's one explorer case: a ping, with or without a query; every answer must be the pong.</summary>
internal sealed class ToyExplorer(RunContext run, ToyProfile toy) : IApiExplorer
{
    private readonly ToySender _sender = new(run, toy);

    public string Api => ToyPack.ApiName;

    public Gen<Draft> Cases { get; } = Gen.Int[0, 9].Select(n => new Draft("GET", n == 0 ? "/toy/ping" : $"/toy/ping?n={n}", null, null));

    public IReadOnlyList<string> Checks { get; } = ["pong"];

    public ProbeRequest? Render(Draft draft) => new(Api, draft.Method, draft.Route, draft.Body, draft.ContentType);

    public Task<HttpResult> SendAsync(ProbeRequest request, CancellationToken cancellation) => _sender.SendAsync(request, cancellation);

    public IReadOnlyList<Violation> Judge(ProbeRequest request, HttpResult answer) =>
        answer.Status == 200 && answer.Json?["pong"] is JsonValue pong && pong.TryGetValue<bool>(out var isPong) && isPong ? [] : [new Violation("pong", "TOY-001", "MUST", $"a ping was answered {answer.Status}, not a pong")];

    public async Task<Violation?> LivenessAsync(CancellationToken cancellation)
    {
        var answer = await SendAsync(new ProbeRequest(Api, "GET", "/toy/ping", null, null), cancellation);
        return answer.Status == 200 ? null : new Violation("still-answers", "TOY-001", "MUST", $"the toy stopped answering ({answer.Status})");
    }
}

internal sealed class ToySender(RunContext run, ToyProfile toy) : IProbeSender
{
    public async Task<HttpResult> SendAsync(ProbeRequest request, CancellationToken cancellation)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), toy.BaseUrl.TrimEnd('/') + request.Path);
        return await run.Http.SendAsync(message, cancellation);
    }

    public void Dispose()
    {
    }
}
