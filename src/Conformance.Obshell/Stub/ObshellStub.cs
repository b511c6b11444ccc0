using Conformance.Obshell.Profiles;
using Conformance.Engine.Packs;
using Conformance.Engine.Profiles;
using Conformance.Obshell.Protocol;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Obshell.Stub;

/// <summary>A stateful reference obshell agent (scale-in, DAG polling, hybrid encryption) on a WireMock.Net server.</summary>
public sealed class ObshellStub : IDisposable
{
    /// <summary>Above the host's default mappings for the same paths, below nothing.</summary>
    private const int RoutePriority = 10;

    /// <summary>Every path under it belongs to the agent's API: <see cref="Handle"/> answers it.</summary>
    public const string ApiPrefix = "/api/v1/";

    private readonly ObshellKeyPair _keys = ObshellKeyPair.Generate();
    private readonly StubServices _services;
    private readonly Func<IRequestMessage, IResponseMessage> _callback;

    public ObshellStub(ObshellStubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DagStageDuration is { } stage)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(stage, TimeSpan.Zero, nameof(options));
        }

        var state = new ClusterState(options.Fixtures, options.InitialIdentity);
        var auth = new RequestAuthenticator(_keys.Rsa, options.Fixtures, options.TimeProvider, options.Deviations);
        _services = new StubServices(options, state, auth, new EnvelopeWriter(options.TimeProvider, options.Deviations,
            new RefusalReporter(options.Diagnostics, [options.Fixtures.AgentPassword, options.Fixtures.RootPassword])), _keys.PublicKeyBase64);
        _callback = CreateCallback();
    }

    public ObshellStubFixtures Fixtures => _services.Options.Fixtures;

    /// <summary>The value GET /api/v1/secret publishes (base64 PKCS#1 DER, RSA-1024, new per instance).</summary>
    public string PublicKeyBase64 => _services.PublicKeyBase64;

    public AgentIdentity Identity => _services.CurrentIdentity();

    /// <summary>Current members, sorted; a node leaves (or joins) when its DAG reaches SUCCEED.</summary>
    public IReadOnlyList<NodeAddress> Members
    {
        get
        {
            lock (_services.State.Gate)
            {
                _services.Progress.CatchUp(_services.Time.GetLocalNow());
                return _services.State.Members;
            }
        }
    }

    /// <summary>
    /// Makes a node of the initial cluster a member again at once, with no DAG: what a user's restore command does to a
    /// real host, for the control route.
    /// </summary>
    public ObshellReaddOutcome Readd(NodeAddress node)
    {
        lock (_services.State.Gate)
        {
            _services.Progress.CatchUp(_services.Time.GetLocalNow());
            if (_services.State.IsMember(node))
            {
                return ObshellReaddOutcome.AlreadyMember;
            }

            if (!_services.State.WasMember(node))
            {
                return ObshellReaddOutcome.NeverMember;
            }

            _services.State.Join(node);
            return ObshellReaddOutcome.Readded;
        }
    }

    /// <summary>Makes the WireMock server hand DELETE bodies to the callbacks (obshell's CLI sends one).</summary>
    public static WireMockServerSettings RequiredSettings(WireMockServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.AllowBodyForAllHttpMethods = true;
        return settings;
    }

    /// <summary>How many DAGs the stub remembers, for leak checks: one per accepted scale-in or scale-out, kept until <see cref="Reset"/>.</summary>
    public int DagCount
    {
        get
        {
            lock (_services.State.Gate)
            {
                return _services.State.DagCount;
            }
        }
    }

    public void SetIdentity(AgentIdentity identity)
    {
        lock (_services.State.Gate)
        {
            _services.State.Identity = identity;
        }
    }

    /// <summary>Restores the initial membership and identity and forgets every DAG.</summary>
    public void Reset()
    {
        lock (_services.State.Gate)
        {
            _services.State.Reset();
        }
    }

    /// <summary>Answers a request under <see cref="ApiPrefix"/>: what <see cref="Register"/> maps, and what a host calls directly.</summary>
    public IResponseMessage Handle(IRequestMessage request) => _callback(request);

    public void Register(WireMockServer server)
    {
        ArgumentNullException.ThrowIfNull(server);

        // One WireMock mapping for the whole API, routed by the table: WireMock scores every mapping against every
        // request, so seven mappings cost seven times the matching of one.
        server.Given(Request.Create().WithPath(p => p.StartsWith(ApiPrefix, StringComparison.Ordinal)).UsingAnyMethod())
            .AtPriority(RoutePriority)
            .RespondWith(Response.Create().WithCallback(_callback));
    }

    private Func<IRequestMessage, IResponseMessage> CreateCallback()
    {
        var pub = new PublicHandlers(_services);
        var scaleIn = new ScaleInHandler(_services);
        var scaleOut = new ScaleOutHandler(_services);
        var dags = new DagHandlers(_services);

        var routes = new StubRouter(pub.NotFound)
            .Add("GET", p => p == "/api/v1/secret", pub.Secret)
            .Add("GET", p => p == "/api/v1/info", pub.Info)
            .Add("POST", p => p == "/api/v1/ob/scale_in", scaleIn.Handle)
            .Add("DELETE", p => p == "/api/v1/observer", scaleIn.Handle)
            .Add("POST", p => p == "/api/v1/ob/scale_out", scaleOut.Handle)
            .Add("GET", IsDagPath, dags.Poll)
            .Add("POST", IsDagPath, dags.Operate);
        return WireMockAdapter.Callback(routes.Handle, _services);
    }

    public void Dispose()
    {
        _services.Auth.Dispose();
        _keys.Dispose();
    }

    private static bool IsDagPath(string path) =>
        path.StartsWith(DagHandlers.PathPrefix, StringComparison.Ordinal)
        && path.Length > DagHandlers.PathPrefix.Length
        && !path.AsSpan(DagHandlers.PathPrefix.Length).Contains('/');
}
