using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Cce.Stub;

/// <summary>A RemoveNodesTask body that passed validation: the node uids and the spec to echo, password masked.</summary>
internal sealed record RemoveNodesRequest(IReadOnlyList<string> Uids, JsonObject MaskedSpec)
{
    public const int MaxNodes = 200;

    /// <summary>Validates without any cluster lookup, so the 200-node limit is answered before unknown uids.</summary>
    public static RemoveNodesRequest? Parse(byte[] body, string passwordMask, out string error)
    {
        error = string.Empty;
        JsonNode? root;
        try
        {
            // Duplicate keys are refused: which one a server would honour is anyone's guess.
            root = JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            error = "body is not valid JSON: " + e.Message;
            return null;
        }

        if (root is not JsonObject task)
        {
            error = "body is not a JSON object";
            return null;
        }

        if (!IsAbsentOrString(task, "apiVersion", "v3", out error) || !IsAbsentOrString(task, "kind", "RemoveNodesTask", out error))
        {
            return null;
        }

        if (task["spec"] is not JsonObject spec)
        {
            error = "spec is required and must be an object";
            return null;
        }

        var uids = ParseNodes(spec, out error);
        if (uids is null || !LoginRules.IsValid(spec["login"], out error))
        {
            return null;
        }

        var masked = (JsonObject)spec.DeepClone();
        if (masked["login"] is JsonObject login && login["userPassword"] is JsonObject password && password.ContainsKey("password"))
        {
            password["password"] = passwordMask;
        }

        return new RemoveNodesRequest(uids, masked);
    }

    private static bool IsAbsentOrString(JsonObject task, string name, string expected, out string error)
    {
        error = string.Empty;
        var node = task[name];
        if (node is null || (node is JsonValue v && v.TryGetValue<string>(out var s) && s == expected))
        {
            return true;
        }

        error = $"{name} must be \"{expected}\" when present";
        return false;
    }

    private static List<string>? ParseNodes(JsonObject spec, out string error)
    {
        error = string.Empty;
        if (spec["nodes"] is not JsonArray nodes)
        {
            error = "spec.nodes is required and must be an array";
            return null;
        }

        if (nodes.Count == 0)
        {
            error = "spec.nodes must not be empty";
            return null;
        }

        if (nodes.Count > MaxNodes)
        {
            error = $"spec.nodes has {nodes.Count} items, at most {MaxNodes} can be removed at once";
            return null;
        }

        var uids = new List<string>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is not JsonObject item || !JsonFields.TryGetString(item, "uid", out var uid) || uid.Length == 0)
            {
                error = $"spec.nodes[{i}].uid is required and must be a non-empty string";
                return null;
            }

            if (uids.Contains(uid))
            {
                error = $"spec.nodes[{i}].uid {uid} is listed twice";
                return null;
            }

            uids.Add(uid);
        }

        return uids;
    }
}
