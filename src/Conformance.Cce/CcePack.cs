using System.Reflection;
using Conformance.Cce.Steps;
using Conformance.Cce.Stub;
using Conformance.Engine.Packs;
using Conformance.Engine.Planning;

namespace Conformance.Cce;

/// <summary>The CCE API pack: Huawei Cloud CCE's RemoveNode and the job it starts.</summary>
public sealed class CcePack : IApiPack
{
    public const string ApiName = "cce";

    public string Name => ApiName;

    public string Title => "CCE";

    public string Summary => "Huawei Cloud CCE RemoveNode";

    public Assembly Bindings => typeof(CcePack).Assembly;

    public IReadOnlyList<FixtureNeed> FixtureNeeds => CceFixtureNeeds.All;

    public IProfilePack Profile { get; } = new CceProfileReader();

    public IStubPack Stub { get; } = new CceStubPack();

    public Engine.Explore.IExplorePack Explore { get; } = new Explore.CceExplorePack();

    public IReadOnlyList<ApiOperation> Operations { get; } =
    [
        new("PUT", "/api/v3/projects/{project_id}/clusters/{cluster_id}/nodes/operation/remove", "removeNode", "Remove nodes from a cluster",
            "remove-nodes-task.request", "remove-nodes-task.response", "cce-error"),
        new("GET", "/api/v3/projects/{project_id}/jobs/{job_id}", "showJob", "Read a job's progress", null, "job", "cce-error"),
    ];
}
