using System.Buffers;
using System.Text.Json;

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

    /// <summary>What a poll changes, read under the cluster lock so the document can be written after it is released.</summary>
    public JobProgress Progress => new(Phase, UpdatedAt);

    /// <summary>The ShowJob document: the task and one RemoveNode sub-job per node, as UTF-8 JSON.</summary>
    public byte[] ToJson(JobProgress progress, string clusterId, string clusterName)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 + (Uids.Count * 512));
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, progress, Id, "RemoveNodesTask", clusterId, clusterId, clusterName, writeSubJobs: true);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void Write(Utf8JsonWriter json, JobProgress progress, string uid, string type, string clusterId, string resourceId, string resourceName, bool writeSubJobs)
    {
        json.WriteStartObject();
        json.WriteString("kind", "Job");
        json.WriteString("apiVersion", "v3");
        json.WriteStartObject("metadata");
        json.WriteString("uid", uid);
        json.WriteString("creationTimestamp", JobTimestamp.Format(CreatedAt));
        json.WriteString("updateTimestamp", JobTimestamp.Format(progress.UpdatedAt));
        json.WriteEndObject();
        json.WriteStartObject("spec");
        json.WriteString("type", type);
        json.WriteString("clusterUID", clusterId);
        json.WriteString("resourceID", resourceId);
        json.WriteString("resourceName", resourceName);
        json.WriteStartObject("extendParam");
        json.WriteEndObject();
        json.WriteStartArray("subJobs");
        if (writeSubJobs)
        {
            foreach (var node in Uids)
            {
                Write(json, progress, Id + "-" + node[..8], "RemoveNode", clusterId, node, "node-" + node[..8], writeSubJobs: false);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("status");
        json.WriteString("phase", progress.Phase);
        json.WriteString("reason", progress.Phase == Failed ? "removing the node failed" : string.Empty);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}

/// <summary>A job's phase and last update, as one poll left them.</summary>
internal readonly record struct JobProgress(string Phase, DateTimeOffset UpdatedAt);
