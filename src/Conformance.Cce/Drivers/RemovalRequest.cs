using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Cce.Drivers;

/// <summary>The RemoveNode request a scenario is building: where it goes, its body, and the pool uids it uses.</summary>
public sealed class RemovalRequest(string projectId, string clusterId, JsonObject body, IReadOnlyList<string> poolUids)
{
    public string ProjectId { get; set; } = projectId;

    public string ClusterId { get; set; } = clusterId;

    public JsonObject Body { get; } = body;

    /// <summary>When set, sent instead of <see cref="Body"/> (a body that is not JSON).</summary>
    public string? RawBody { get; set; }

    public string ContentType { get; set; } = "application/json";

    /// <summary>How the next send authenticates unless the step says otherwise.</summary>
    public CceAuthMode Auth { get; set; } = CceAuthMode.Profile;

    /// <summary>Uids taken from the node pool; the driver returns them when the target refused every request with them.</summary>
    public IReadOnlyList<string> PoolUids { get; } = poolUids;

    /// <summary>What a note says the request carried, e.g. "the plaintext password 'Abcd1!xy' for user (omitted)".</summary>
    public string Description { get; set; } = "a salted strong password";

    /// <summary>The password value put on the wire, to check it never comes back.</summary>
    public string? SentPassword { get; set; }

    public byte[] Bytes() => Encoding.UTF8.GetBytes(RawBody ?? Body.ToJsonString());

    public string Path =>
        $"/api/v3/projects/{Uri.EscapeDataString(ProjectId)}/clusters/{Uri.EscapeDataString(ClusterId)}/nodes/operation/remove";

    /// <summary>A complete body: apiVersion, kind, the nodes, and (when given) a password login.</summary>
    public static JsonObject BodyFor(IEnumerable<string> uids, string? password)
    {
        var spec = new JsonObject { ["nodes"] = new JsonArray(uids.Select(u => (JsonNode)new JsonObject { ["uid"] = u }).ToArray()) };
        if (password is not null)
        {
            spec["login"] = new JsonObject { ["userPassword"] = new JsonObject { ["username"] = "root", ["password"] = password } };
        }

        return new JsonObject { ["apiVersion"] = "v3", ["kind"] = "RemoveNodesTask", ["spec"] = spec };
    }
}
