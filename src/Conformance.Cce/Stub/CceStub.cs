using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Engine.Packs;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Conformance.Cce.Stub;

/// <summary>A stateful reference implementation of CCE RemoveNode and ShowJob, registered on a WireMock.Net server.</summary>
/// <remarks>The server must be created with AllowBodyForAllHttpMethods = true: the Node SDK signs a `{}` body on GET.</remarks>
public sealed partial class CceStub
{
    public const string RemovePathPattern = "^/api/v3/projects/[^/]+/clusters/[^/]+/nodes/operation/remove$";
    public const string JobPathPattern = "^/api/v3/projects/[^/]+/jobs/[^/]+$";

    /// <summary>Every path under it belongs to the API: <see cref="Handle"/> answers it.</summary>
    public const string ApiPrefix = "/api/v3/";

    private readonly CceStubOptions options;
    private readonly Gateway gateway;
    private readonly ClusterState state;
    private readonly RefusalReporter refusals;

    public CceStub(CceStubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.JobDuration is { } duration)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero, nameof(options));
        }

        this.options = options;
        gateway = new Gateway(options);
        refusals = new RefusalReporter(options.Diagnostics,
            [options.Fixtures.Token, options.Fixtures.SecretKey, options.Fixtures.AccessKey]);
        state = new ClusterState(options.Fixtures.NodeUids, options.Deviations, options.JobDuration);
    }

    public CceFixtures Fixtures => options.Fixtures;

    private bool Deviates(string deviation) => options.Deviations.Contains(deviation);

    public void Register(WireMockServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        // One WireMock mapping for the whole API, routed by Route: WireMock scores every mapping against every request.
        // Anything that is not a route (an id holding an encoded '/', an unknown path) gets CCE's 404 with X-Request-Id,
        // never WireMock's own "no mapping" answer, which is no CCE body at all.
        server.Given(Request.Create().WithPath(p => p.StartsWith(ApiPrefix, StringComparison.Ordinal)).UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(Handle));
    }

    /// <summary>Answers a request under <see cref="ApiPrefix"/>: what <see cref="Register"/> maps, and what a host calls directly.</summary>
    public IResponseMessage Handle(IRequestMessage request)
    {
        var note = new RefusalNote();
        var response = Route(request, note);
        Report(request, response, note);
        return ErrorBodies.Finish(response, options.Deviations);
    }

    private IResponseMessage Route(IRequestMessage request, RefusalNote note) => request.Method.ToUpperInvariant() switch
    {
        "PUT" when RemovePath().IsMatch(request.Path) => Guard(HandleRemove, request, note),
        "GET" when JobPath().IsMatch(request.Path) => Guard(HandleShowJob, request, note),
        _ => StubResponses.NotFound($"no resource at {request.Path}", StubResponses.NewRequestId()),
    };

    /// <summary>Read before <see cref="ErrorBodies.Finish"/>: a deviation that drops the code must not hide it from the developer.</summary>
    private void Report(IRequestMessage request, IResponseMessage response, RefusalNote note)
    {
        if (!refusals.Enabled || response is not ResponseMessage { StatusCode: int status and >= 400 } message)
        {
            return;
        }

        var body = message.BodyData?.BodyAsBytes is { } bytes ? JsonNode.Parse(bytes) as JsonObject : null;
        var code = body?["error_code"]?.ToString() ?? "-";
        refusals.Report(request.Method, request.Path, status, code,
            note.Why ?? body?["message"]?.ToString() ?? body?["error_msg"]?.ToString() ?? "refused");
    }

    [GeneratedRegex(RemovePathPattern, RegexOptions.CultureInvariant)]
    private static partial Regex RemovePath();

    [GeneratedRegex(JobPathPattern, RegexOptions.CultureInvariant)]
    private static partial Regex JobPath();

    /// <summary>A handler that throws answers CCE's documented 500, with X-Request-Id, instead of WireMock's bare one.</summary>
    private static IResponseMessage Guard(Func<IRequestMessage, RefusalNote, IResponseMessage> handler, IRequestMessage request, RefusalNote note)
    {
        try
        {
            return handler(request, note);
        }
        catch (Exception e)
        {
            note.Why = $"the stub failed: {e.GetType().Name}: {e.Message}";
            return StubResponses.CceError(500, CceErrorCodes.Internal, "Internal error.", e.GetType().Name, StubResponses.NewRequestId());
        }
    }

    /// <summary>Restores the initial cluster: every node back, no job, nothing being removed.</summary>
    public void Reset()
    {
        lock (state.Sync)
        {
            state.Reset();
        }
    }

    /// <summary>How many jobs the stub remembers, for leak checks: one per accepted removal (re-added nodes can be removed again), kept until <see cref="Reset"/>.</summary>
    public int JobCount
    {
        get
        {
            lock (state.Sync)
            {
                return state.Jobs.Count;
            }
        }
    }

    /// <summary>The nodes currently in the cluster (removed ones excluded), for assertions.</summary>
    public IReadOnlyCollection<string> CurrentNodes()
    {
        lock (state.Sync)
        {
            state.CatchUp(options.Time.GetUtcNow());
            return state.Nodes.ToList();
        }
    }

    /// <summary>
    /// Puts a node whose removal job reached Success back into the cluster under a new uid, as AddNode does to the
    /// same server; null when <paramref name="uid"/> was not removed (never, or already brought back).
    /// </summary>
    public string? Readd(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        lock (state.Sync)
        {
            state.CatchUp(options.Time.GetUtcNow());
            return state.Readd(uid);
        }
    }
}
