using System.Reflection;
using Conformance.Engine.Packs;
using Conformance.Engine.Planning;
using Conformance.Obshell.Profiles;
using Conformance.Obshell.Steps;
using Conformance.Obshell.Stub;

namespace Conformance.Obshell;

/// <summary>The obshell API pack: OceanBase's agent, scale-in by POST /api/v1/ob/scale_in or DELETE /api/v1/observer.</summary>
public sealed class ObshellPack : IApiPack
{
    public const string ApiName = "obshell";

    public string Name => ApiName;

    public string Title => "obshell";

    public string Summary => "obshell scale-in";

    public Assembly Bindings => typeof(ObshellPack).Assembly;

    public IReadOnlyList<FixtureNeed> FixtureNeeds => ObshellFixtureNeeds.All;

    public IProfilePack Profile { get; } = new ObshellProfileReader();

    public IStubPack Stub { get; } = new ObshellStubPack();

    public Engine.Explore.IExplorePack Explore { get; } = new Explore.ObshellExplorePack();

    public IReadOnlyList<ApiOperation> Operations { get; } =
    [
        new("POST", "/api/v1/ob/scale_in", "scaleIn", "Remove an observer from the cluster (scale-in)", "scale-in-request", "dag-envelope", "error-envelope"),
        new("DELETE", "/api/v1/observer", "deleteObserver", "Remove an observer from the cluster", "scale-in-request", "dag-envelope", "error-envelope"),
        new("GET", "/api/v1/task/dag/{id}", "getDag", "Read a task DAG", null, "dag-envelope", "error-envelope"),
        new("POST", "/api/v1/task/dag/{id}", "operateDag", "Rollback, retry, cancel or pass a task DAG", "dag-operation-request", "envelope", "error-envelope"),
        new("GET", "/api/v1/secret", "getSecret", "The agent's RSA public key for request encryption", null, "secret", "error-envelope"),
        new("GET", "/api/v1/info", "getInfo", "The agent's identity and state", null, "info", "error-envelope"),
    ];
}
