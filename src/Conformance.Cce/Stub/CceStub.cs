using WireMock.Matchers;
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

    private readonly CceStubOptions options;
    private readonly Gateway gateway;
    private readonly ClusterState state;

    public CceStub(CceStubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        gateway = new Gateway(options);
        state = new ClusterState(options.Fixtures.NodeUids);
    }

    public CceFixtures Fixtures => options.Fixtures;

    public void Register(WireMockServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        server.Given(Request.Create().WithPath(new RegexMatcher(RemovePathPattern)).UsingPut())
            .RespondWith(Response.Create().WithCallback(HandleRemove));
        server.Given(Request.Create().WithPath(new RegexMatcher(JobPathPattern)).UsingGet())
            .RespondWith(Response.Create().WithCallback(HandleShowJob));
    }

    /// <summary>Restores the initial cluster: every node back, no job, nothing being removed.</summary>
    public void Reset()
    {
        lock (state.Sync)
        {
            state.Reset();
        }
    }

    /// <summary>The nodes currently in the cluster (removed ones excluded), for assertions.</summary>
    public IReadOnlyCollection<string> CurrentNodes()
    {
        lock (state.Sync)
        {
            return state.Nodes.ToList();
        }
    }
}
