using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Engine.Explore;

namespace Conformance.Obshell.Explore;

/// <summary>
/// Binds a scale-in body as the server's Go decoder does (ob/param/ob.go): agent_info with a non-empty ip and a non-zero
/// int port is required, force_kill is a bool or absent, unknown fields are ignored, an empty body is {}.
/// </summary>
public static partial class ObshellOracle
{
    public static ObshellExpectation Judge(string? body)
    {
        var broken = new List<(string, string)>();
        JsonNode? node = null;
        if (!string.IsNullOrEmpty(body) && !JsonText.TryParse(body, out node))
        {
            return new([("OBS-010", "a body that is not JSON")], null, 0);
        }

        if (node is not null && node is not JsonObject)
        {
            return new([("OBS-010", $"a body that is {node.GetValueKind()}, not an object")], null, 0);
        }

        var o = node as JsonObject ?? [];
        string? ip = null;
        long port = 0;
        if (!JsonText.Has(o, "agent_info", out var infoNode) || infoNode is not JsonObject info)
        {
            broken.Add(("OBS-010", "agent_info missing, null or not an object"));
        }
        else
        {
            if (!JsonText.Has(info, "ip", out var ipNode) || !JsonText.IsString(ipNode, out var s) || s.Length == 0)
            {
                broken.Add(("OBS-010", "ip missing, not a string or empty"));
            }
            else
            {
                ip = s;
            }

            if (!JsonText.Has(info, "port", out var portNode) || !IsGoInt(portNode, out port) || port == 0)
            {
                broken.Add(("OBS-010", "port missing, not an integer, out of range or 0"));
            }
        }

        if (JsonText.Has(o, "force_kill", out var force) && force.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            broken.Add(("OBS-012", $"force_kill {Shorten(force.ToJsonString())}"));
        }

        return new(broken, ip, port);
    }

    // Go decodes into int only an integer literal within 64 bits: no fraction, no exponent.
    private static bool IsGoInt(JsonNode node, out long value)
    {
        value = 0;
        return node.GetValueKind() == JsonValueKind.Number && IntegerLiteral().IsMatch(node.ToJsonString())
            && long.TryParse(node.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "..." : s;

    [GeneratedRegex("^-?(0|[1-9][0-9]*)$")]
    private static partial Regex IntegerLiteral();
}
