using System.Text.Json.Nodes;
using Conformance.Engine.Packs;
using Conformance.Engine.Profiles;

namespace Conformance.Obshell.Profiles;

/// <summary>Reads the obshell section of a profile, naming the field of every fault.</summary>
internal sealed class ObshellProfileReader : IProfilePack
{
    private const string Fragment = "Conformance.Obshell.Profiles.profile-section.schema.json";

    public JsonObject SchemaFragment { get; } = Engine.Packs.SchemaFragment.Read(typeof(ObshellProfileReader).Assembly, Fragment);

    public IProfileSection Read(JsonObject o, ProfileFields f)
    {
        var kind = f.OptionalString(o, "passwordKind", "obshell.passwordKind") ?? "agent";
        if (kind is not ("agent" or "root"))
        {
            throw f.Invalid($"obshell.passwordKind must be \"agent\" or \"root\", got \"{kind}\"");
        }

        return new ObshellProfile(
            f.OptionalString(o, "baseUrl", "obshell.baseUrl") ?? string.Empty,
            f.RequiredString(o, "passwordEnv", "obshell.passwordEnv"),
            Node(f, o["agent"], "obshell.agent") ?? throw f.Missing("obshell.agent"),
            Nodes(f, o, "removable", "obshell.removable"),
            Node(f, o["nonMember"], "obshell.nonMember"),
            Nodes(f, o, "majorityAtRisk", "obshell.majorityAtRisk"),
            kind,
            f.OptionalInt(o, "pollIntervalMs", "obshell.pollIntervalMs") ?? 1000,
            f.OptionalBool(o, "dagOperations", "obshell.dagOperations") ?? false)
        {
            DagTimeoutSeconds = f.Positive(o, "dagTimeoutSeconds", "obshell.dagTimeoutSeconds") ?? ObshellProfile.DefaultDagTimeoutSeconds,
            Restore = Restore(f, o["restore"], "obshell.restore"),
        };
    }

    private static ObshellRestore? Restore(ProfileFields f, JsonNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        var o = node as JsonObject ?? throw f.Error(path, "an object {\"command\": [...], \"scaleOut\": {...}}");
        var command = f.RestoreCommand(o, path);
        ScaleOutRestore? scaleOut = null;
        if (o["scaleOut"] is { } so)
        {
            var scale = so as JsonObject ?? throw f.Error($"{path}.scaleOut", "an object {\"zone\": \"...\", \"obConfigs\": {...}}");
            scaleOut = new ScaleOutRestore(
                f.RequiredString(scale, "zone", $"{path}.scaleOut.zone"),
                (scale["obConfigs"] as JsonObject)?.DeepClone().AsObject() ?? throw f.Error($"{path}.scaleOut.obConfigs", "an object of observer configs"));
        }

        if (command is null && scaleOut is null)
        {
            throw f.Invalid($"field '{path}' needs \"command\" or \"scaleOut\"");
        }

        return new ObshellRestore(command, f.RestoreTimeout(o, path), scaleOut);
    }

    private static List<NodeAddress> Nodes(ProfileFields f, JsonObject o, string name, string path) => o[name] switch
    {
        null => [],
        JsonArray a => a.Select((n, i) => Node(f, n, $"{path}[{i}]") ?? throw f.Missing($"{path}[{i}]")).ToList(),
        _ => throw f.Error(path, "an array of {ip, port} objects"),
    };

    private static NodeAddress? Node(ProfileFields f, JsonNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject o)
        {
            throw f.Error(path, "an object {\"ip\": \"...\", \"port\": N}");
        }

        var port = f.OptionalInt(o, "port", $"{path}.port") ?? throw f.Missing($"{path}.port");
        return new NodeAddress(f.RequiredString(o, "ip", $"{path}.ip"), port);
    }
}
