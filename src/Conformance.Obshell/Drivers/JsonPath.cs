using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Obshell.Drivers;

/// <summary>Dotted paths ("$.data.nodes[0].name") into a JSON answer, and table cells read as JSON literals.</summary>
public static class JsonPath
{
    public static JsonNode? Get(JsonNode? root, string path)
    {
        var node = root;
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part;
            int? index = null;
            var bracket = part.IndexOf('[');
            if (bracket >= 0)
            {
                name = part[..bracket];
                index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            }

            node = name.Length == 0 ? node : (node as JsonObject)?[name];
            if (index is { } i)
            {
                node = node is JsonArray a && i < a.Count ? a[i] : null;
            }
        }

        return node;
    }

    /// <summary>1, true, false, null and quoted text are JSON; anything else is a bare string, so tables stay readable.</summary>
    public static JsonNode? Literal(string text)
    {
        if (text == "null")
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(text);
            return node is JsonValue ? node : JsonValue.Create(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    public static bool IsAbsent(JsonNode? root, string property) => root is not JsonObject o || !o.ContainsKey(property);
}
