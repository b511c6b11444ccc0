using Conformance.Obshell.Profiles;
using Conformance.Engine.Profiles;
using System.Text.Json;

namespace Conformance.Obshell.Stub;

/// <summary>The scale-out body after binding: the agent to add and its zone (obConfigs is only checked, never used).</summary>
internal sealed record ScaleOutRequest(NodeAddress Target, string Zone);

/// <summary>
/// Binds the scale-out JSON (camelCase, ob/param/ob.go) with gin's rules: agentInfo with a non-empty ip and a
/// non-zero integer port, a non-empty zone and an obConfigs object are required; anything else fails to bind.
/// </summary>
internal static class ScaleOutRequestBinder
{
    public static ScaleOutRequest? TryBind(byte[] json)
    {
        if (json.Length == 0)
        {
            return null; // {} lacks agentInfo
        }

        try
        {
            using var doc = JsonDocument.Parse(GoJson.ReplaceInvalidUtf8(json));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || GoJson.Find(root, "agentInfo") is not { ValueKind: JsonValueKind.Object } info
                || GoJson.Find(info, "ip") is not { ValueKind: JsonValueKind.String } ip
                || GoJson.Find(info, "port") is not { ValueKind: JsonValueKind.Number } port
                || !port.TryGetInt64(out var portValue) || portValue == 0
                || GoJson.Find(root, "zone") is not { ValueKind: JsonValueKind.String } zone
                || GoJson.Find(root, "obConfigs") is not { ValueKind: JsonValueKind.Object }
                || GoJson.Find(root, "targetAgentPassword") is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
            {
                return null;
            }

            var ipValue = ip.GetString() ?? "";
            var zoneValue = zone.GetString() ?? "";
            // As in scale-in, a port beyond int binds and is simply no known agent.
            return ipValue.Length == 0 || zoneValue.Length == 0
                ? null
                : new ScaleOutRequest(new NodeAddress(ipValue, (int)Math.Clamp(portValue, int.MinValue, int.MaxValue)), zoneValue);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
