using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Engine.Checks;

/// <summary>
/// Dotted paths into JSON ("$.data.nodes[0].name", "spec.nodes[1].uid"): read from an answer, or set and remove in a
/// request body, so a scenario names the one field it checks or breaks.
/// </summary>
public static class JsonPath
{
    /// <summary>One step of a path: a property name or an array index.</summary>
    public readonly record struct Segment(string? Name, int? Index);

    public static IReadOnlyList<Segment> Parse(string path)
    {
        var segments = new List<Segment>();
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket != 0)
            {
                segments.Add(new Segment(bracket < 0 ? part : part[..bracket], null));
            }

            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                segments.Add(new Segment(null, int.Parse(part[(bracket + 1)..close], CultureInfo.InvariantCulture)));
                bracket = part.IndexOf('[', close);
            }
        }

        return segments;
    }

    /// <summary>The node at the path; null when any step is missing.</summary>
    public static JsonNode? Get(JsonNode? root, string path)
    {
        var node = root;
        foreach (var segment in Parse(path))
        {
            node = Child(node, segment);
        }

        return node;
    }

    /// <summary>Sets the value at the path (JSON null included), creating missing objects on the way.</summary>
    public static void Set(JsonObject root, string path, JsonNode? value) => Apply(root, path, value, remove: false);

    public static void Remove(JsonObject root, string path) => Apply(root, path, null, remove: true);

    public static bool IsAbsent(JsonNode? root, string property) => root is not JsonObject o || !o.ContainsKey(property);

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

    public static string Show(JsonNode? node) => node is null ? "null (or absent)" : node.ToJsonString();

    private static void Apply(JsonObject root, string path, JsonNode? value, bool remove)
    {
        var segments = Parse(path);
        JsonNode parent = root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            parent = Child(parent, segments[i]) ?? Create(parent, segments[i]);
        }

        var last = segments[^1];
        switch (parent)
        {
            case JsonObject o when remove:
                o.Remove(last.Name!);
                break;
            case JsonObject o:
                o[last.Name!] = value;
                break;
            case JsonArray a when remove:
                a.RemoveAt(last.Index!.Value);
                break;
            case JsonArray a when last.Index == a.Count:
                // One past the end appends: a row can add an item next to the valid ones a request was built with.
                a.Add(value);
                break;
            case JsonArray a:
                a[last.Index!.Value] = value;
                break;
        }
    }

    private static JsonNode? Child(JsonNode? parent, Segment s) =>
        s.Index is { } i ? parent is JsonArray a && i < a.Count ? a[i] : null : (parent as JsonObject)?[s.Name!];

    private static JsonNode Create(JsonNode parent, Segment s)
    {
        var child = new JsonObject();
        if (parent is JsonObject o && s.Name is not null)
        {
            o[s.Name] = child;
            return child;
        }

        throw new InvalidOperationException($"suite error: cannot create {s} inside {parent.ToJsonString()}");
    }
}
