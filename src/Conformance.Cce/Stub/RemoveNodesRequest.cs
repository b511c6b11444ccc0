using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Cce.Stub;

/// <summary>A RemoveNodesTask body that passed validation: the node uids and the spec to echo, password masked.</summary>
internal sealed class RemoveNodesRequest(IReadOnlyList<string> uids, JsonObject spec, string? passwordMask)
{
    public const int MaxNodes = 200;

    /// <summary>Validates without any cluster lookup, so the 200-node limit is answered before unknown uids.</summary>
    /// <param name="deviations">Names from <see cref="CceDeviations"/>; the validation ones are honoured here.</param>
    public static RemoveNodesRequest? Parse(byte[] body, string passwordMask, IReadOnlySet<string> deviations, out string error)
    {
        error = string.Empty;
        JsonNode? root;
        try
        {
            // Duplicate keys are refused: which one a server would honour is anyone's guess.
            // Go's decoder reads invalid UTF-8 in strings as U+FFFD; System.Text.Json would throw later, on GetValue.
            body = System.Text.Unicode.Utf8.IsValid(body) ? body : System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(body));
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

        if ((!deviations.Contains(CceDeviations.ApiVersionIgnored) && !IsAbsentOrString(task, "apiVersion", "v3", out error))
            || (!deviations.Contains(CceDeviations.KindIgnored) && !IsAbsentOrString(task, "kind", "RemoveNodesTask", out error)))
        {
            return null;
        }

        if (task["spec"] is null && deviations.Contains(CceDeviations.SpecOptional))
        {
            return new RemoveNodesRequest([], new JsonObject(), passwordMask);
        }

        if (task["spec"] is not JsonObject spec)
        {
            error = "spec is required and must be an object";
            return null;
        }

        var uids = ParseNodes(spec, deviations, out error);
        if (uids is null || !LoginRules.IsValid(spec["login"], deviations, out error))
        {
            return null;
        }

        return new RemoveNodesRequest(uids, spec, deviations.Contains(CceDeviations.PasswordEchoed) ? null : passwordMask);
    }

    public IReadOnlyList<string> Uids { get; } = uids;

    /// <summary>The spec as the answer echoes it (nulls dropped, the password masked); built only for a request that is accepted.</summary>
    public JsonObject MaskedSpec()
    {
        var masked = (JsonObject)spec.DeepClone();
        DropNulls(masked);
        if (passwordMask is not null && masked["login"] is JsonObject login && login["userPassword"] is JsonObject password && password.ContainsKey("password"))
        {
            password["password"] = passwordMask;
        }

        return masked;
    }

    /// <summary>
    /// A null member was read as absent, so it is echoed as absent: CCE is Go, whose nil pointers are omitted when the
    /// spec is encoded again (and the response schema has no null login, userPassword, ...).
    /// </summary>
    private static void DropNulls(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var name in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                obj.Remove(name);
            }

            foreach (var (_, value) in obj)
            {
                DropNulls(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                DropNulls(item);
            }
        }
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

    private static List<string>? ParseNodes(JsonObject spec, IReadOnlySet<string> deviations, out string error)
    {
        error = string.Empty;
        if (spec["nodes"] is null && deviations.Contains(CceDeviations.NodesOptional))
        {
            return [];
        }

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

        var max = deviations.Contains(CceDeviations.TwoHundredNodesRefused) ? MaxNodes - 1 : MaxNodes;
        if (nodes.Count > max && !deviations.Contains(CceDeviations.TwoHundredOneNodesAccepted))
        {
            error = $"spec.nodes has {nodes.Count} items, at most {max} can be removed at once";
            return null;
        }

        var uids = new List<string>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is JsonObject { } skipped && skipped["uid"] is null && deviations.Contains(CceDeviations.UidOptional))
            {
                continue;
            }

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
