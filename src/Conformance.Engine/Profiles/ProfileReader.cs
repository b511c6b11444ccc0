using System.Text.Json.Nodes;

namespace Conformance.Engine.Profiles;

/// <summary>Typed field access for <see cref="ProfileLoader"/>, with errors that name the JSON path.</summary>
internal sealed class ProfileReader(string source)
{
    public ObshellProfile? Absent(JsonObject root, string name) => root.ContainsKey(name) ? throw Error(name, "an object") : null;

    public CceProfile? AbsentCce(JsonObject root, string name) => root.ContainsKey(name) ? throw Error(name, "an object") : null;

    public ObshellProfile Obshell(JsonObject o)
    {
        var kind = OptionalString(o, "passwordKind", "obshell.passwordKind") ?? "agent";
        if (kind is not ("agent" or "root"))
        {
            throw new ConfigurationException($"{source}: obshell.passwordKind must be \"agent\" or \"root\", got \"{kind}\"");
        }

        return new ObshellProfile(
            OptionalString(o, "baseUrl", "obshell.baseUrl") ?? string.Empty,
            RequiredString(o, "passwordEnv", "obshell.passwordEnv"),
            Node(o["agent"], "obshell.agent") ?? throw Missing("obshell.agent"),
            Nodes(o, "removable", "obshell.removable"),
            Node(o["nonMember"], "obshell.nonMember"),
            Nodes(o, "majorityAtRisk", "obshell.majorityAtRisk"),
            kind,
            OptionalInt(o, "pollIntervalMs", "obshell.pollIntervalMs") ?? 1000,
            OptionalBool(o, "dagOperations", "obshell.dagOperations") ?? false)
        {
            DagTimeoutSeconds = Positive(o, "dagTimeoutSeconds", "obshell.dagTimeoutSeconds") ?? ObshellProfile.DefaultDagTimeoutSeconds,
            Restore = Restore(o["restore"], "obshell.restore", allowScaleOut: true),
        };
    }

    public CceProfile Cce(JsonObject c)
    {
        var auth = c["auth"] as JsonObject ?? throw Missing("cce.auth");
        var cceAuth = new CceAuth(
            OptionalString(auth, "tokenEnv", "cce.auth.tokenEnv"),
            OptionalString(auth, "akEnv", "cce.auth.akEnv"),
            OptionalString(auth, "skEnv", "cce.auth.skEnv"));
        if (cceAuth.TokenEnv is null && (cceAuth.AkEnv is null || cceAuth.SkEnv is null))
        {
            throw new ConfigurationException($"{source}: cce.auth needs \"tokenEnv\", or both \"akEnv\" and \"skEnv\"");
        }

        var uids = c["removableNodeUids"] switch
        {
            null => [],
            JsonArray a => a.Select((n, i) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Error($"cce.removableNodeUids[{i}]", "a string")).ToList(),
            _ => throw Error("cce.removableNodeUids", "an array of strings"),
        };
        return new CceProfile(
            OptionalString(c, "baseUrl", "cce.baseUrl") ?? string.Empty,
            RequiredString(c, "projectId", "cce.projectId"),
            RequiredString(c, "clusterId", "cce.clusterId"),
            cceAuth,
            uids,
            OptionalString(c, "unknownNodeUid", "cce.unknownNodeUid"),
            OptionalString(c, "unknownClusterId", "cce.unknownClusterId"),
            OptionalInt(c, "pollIntervalMs", "cce.pollIntervalMs") ?? 1000)
        {
            JobTimeoutSeconds = Positive(c, "jobTimeoutSeconds", "cce.jobTimeoutSeconds") ?? CceProfile.DefaultJobTimeoutSeconds,
            Restore = Restore(c["restore"], "cce.restore", allowScaleOut: false),
        };
    }

    private RestoreProfile? Restore(JsonNode? node, string path, bool allowScaleOut)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject o)
        {
            throw Error(path, allowScaleOut ? "an object {\"command\": [...], \"scaleOut\": {...}}" : "an object {\"command\": [...]}");
        }

        List<string>? command = o["command"] switch
        {
            null => null,
            JsonArray { Count: > 0 } a => a.Select((n, i) => n is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : throw Error($"{path}.command[{i}]", "a non-empty string")).ToList(),
            _ => throw Error($"{path}.command", "a non-empty array of strings (the program, then its arguments; no shell)"),
        };
        // cce.restore.scaleOut never gets here: the schema refuses it as an unknown field first.
        ScaleOutRestore? scaleOut = null;
        if (o["scaleOut"] is { } so)
        {
            var scale = so as JsonObject ?? throw Error($"{path}.scaleOut", "an object {\"zone\": \"...\", \"obConfigs\": {...}}");
            scaleOut = new ScaleOutRestore(
                RequiredString(scale, "zone", $"{path}.scaleOut.zone"),
                (scale["obConfigs"] as JsonObject)?.DeepClone().AsObject() ?? throw Error($"{path}.scaleOut.obConfigs", "an object of observer configs"));
        }

        if (command is null && scaleOut is null)
        {
            throw new ConfigurationException($"{source}: field '{path}' needs \"command\"{(allowScaleOut ? " or \"scaleOut\"" : string.Empty)}");
        }

        return new RestoreProfile(command, Positive(o, "timeoutSeconds", $"{path}.timeoutSeconds") ?? RestoreProfile.DefaultTimeoutSeconds, scaleOut);
    }

    private int? Positive(JsonObject o, string name, string path) => o[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var i) && i > 0 => i,
        _ => throw Error(path, "a positive integer (seconds)"),
    };

    public bool? OptionalBool(JsonObject o, string name, string path) => o[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw Error(path, "true or false"),
    };

    private string RequiredString(JsonObject o, string name, string path) =>
        OptionalString(o, name, path) is { Length: > 0 } s ? s : throw Missing(path);

    private string? OptionalString(JsonObject o, string name, string path) => o[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw Error(path, "a string"),
    };

    private int? OptionalInt(JsonObject o, string name, string path) => o[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var i) && i >= 0 => i,
        _ => throw Error(path, "a non-negative integer"),
    };

    private List<NodeAddress> Nodes(JsonObject o, string name, string path) => o[name] switch
    {
        null => [],
        JsonArray a => a.Select((n, i) => Node(n, $"{path}[{i}]") ?? throw Missing($"{path}[{i}]")).ToList(),
        _ => throw Error(path, "an array of {ip, port} objects"),
    };

    private NodeAddress? Node(JsonNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject o)
        {
            throw Error(path, "an object {\"ip\": \"...\", \"port\": N}");
        }

        var port = OptionalInt(o, "port", $"{path}.port") ?? throw Missing($"{path}.port");
        return new NodeAddress(RequiredString(o, "ip", $"{path}.ip"), port);
    }

    private ConfigurationException Missing(string path) => new($"{source}: required field '{path}' is missing");

    private ConfigurationException Error(string path, string expected) => new($"{source}: field '{path}' must be {expected}");
}
