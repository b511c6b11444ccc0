using Conformance.Obshell.Profiles;
using Conformance.Engine.Profiles;
using System.Text.Json;

namespace Conformance.Obshell.Stub;

/// <summary>The scale-in body after binding: target and force_kill.</summary>
internal sealed record ScaleInRequest(NodeAddress Target, bool ForceKill);

/// <summary>Binds the scale-in JSON with gin's rules: ip required non-empty, port a non-zero integer, force_kill a bool.</summary>
internal static class ScaleInRequestBinder
{
    /// <param name="deviations">Names from <see cref="ObshellDeviations"/>; only the binding ones matter here.</param>
    public static ScaleInRequest? TryBind(byte[] json, IReadOnlySet<string>? deviations = null)
    {
        deviations ??= new HashSet<string>();
        if (json.Length == 0 || json.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return null; // {} lacks agent_info
        }

        try
        {
            using var doc = JsonDocument.Parse(GoJson.ReplaceInvalidUtf8(json));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var forceKill = false;
            if (GoJson.Find(root, "force_kill") is { } fk)
            {
                if (fk.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    forceKill = fk.GetBoolean();
                }
                else if (fk.ValueKind == JsonValueKind.String && deviations.Contains(ObshellDeviations.ForceKillStringAccepted))
                {
                    forceKill = bool.TryParse(fk.GetString(), out var parsed) && parsed;
                }
                else if (fk.ValueKind != JsonValueKind.Null)
                {
                    return null;
                }
            }

            var agent = GoJson.Find(root, "agent_info");
            if (agent is not { ValueKind: JsonValueKind.Object } info)
            {
                return null; // missing, null or not an object: all fail gin's binding
            }

            var ip = GoJson.Find(info, "ip");
            var port = GoJson.Find(info, "port");
            if (ip is not { ValueKind: JsonValueKind.String } || port is not { ValueKind: JsonValueKind.Number } p
                || !p.TryGetInt64(out var portValue) || portValue == 0)
            {
                return null;
            }

            // Go's int is 64-bit, so a huge port binds and is simply not a member; clamping keeps that outcome.
            var ipValue = ip.Value.GetString() ?? "";
            return ipValue.Length == 0 && !deviations.Contains(ObshellDeviations.EmptyIpAccepted) ? null : new ScaleInRequest(new NodeAddress(ipValue, (int)Math.Clamp(portValue, int.MinValue, int.MaxValue)), forceKill);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
