using System.Text.Json.Nodes;

namespace Conformance.Cce.Stub;

/// <summary>A removal job of the stub; mutated only under the cluster lock.</summary>
internal sealed class StubJob(string id, string projectId, IReadOnlyList<string> uids, DateTimeOffset createdAt)
{
    public static readonly string[] Phases = ["Initializing", "Running", "Success"];

    /// <summary>The terminal phase a job only reaches under <see cref="CceDeviations.JobNeverSucceeds"/>.</summary>
    public const string Failed = "Failed";

    public string Id { get; } = id;

    public string ProjectId { get; } = projectId;

    public IReadOnlyList<string> Uids { get; } = uids;

    public int Polls { get; set; }

    public string Phase { get; set; } = Phases[0];

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public bool IsDone => Phase == Phases[^1];

    /// <summary>Success or Failed: the job's nodes are no longer busy.</summary>
    public bool IsFinished => IsDone || Phase == Failed;

    public JsonObject ToJson(string clusterId, string clusterName)
    {
        var subJobs = new JsonArray();
        foreach (var uid in Uids)
        {
            subJobs.Add(Render(Id + "-" + uid[..8], "RemoveNode", clusterId, uid, "node-" + uid[..8], new JsonArray()));
        }

        return Render(Id, "RemoveNodesTask", clusterId, clusterId, clusterName, subJobs);
    }

    private JsonObject Render(string uid, string type, string clusterId, string resourceId, string resourceName, JsonArray subJobs) =>
        new()
        {
            ["kind"] = "Job",
            ["apiVersion"] = "v3",
            ["metadata"] = new JsonObject
            {
                ["uid"] = uid,
                ["creationTimestamp"] = JobTimestamp.Format(CreatedAt),
                ["updateTimestamp"] = JobTimestamp.Format(UpdatedAt),
            },
            ["spec"] = new JsonObject
            {
                ["type"] = type,
                ["clusterUID"] = clusterId,
                ["resourceID"] = resourceId,
                ["resourceName"] = resourceName,
                ["extendParam"] = new JsonObject(),
                ["subJobs"] = subJobs,
            },
            ["status"] = new JsonObject
            {
                ["phase"] = Phase,
                ["reason"] = Phase == Failed ? "removing the node failed" : string.Empty,
            },
        };
}
