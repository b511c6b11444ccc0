using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine.Http;

namespace Conformance.Cce.Drivers;

/// <summary>Plain checks with messages a reader of a report can act on: expected, actual, JSON path, body.</summary>
public static class Expect
{
    public static void Status(HttpResult result, int expected, string what)
    {
        if (result.Status != expected)
        {
            throw new ExpectationFailedException($"{what}: expected HTTP {expected}, got {result.Status}; body: {Excerpt(result)}");
        }
    }

    /// <summary>The string at a dotted path ("status.jobID"); fails naming the path when it is absent or not a string.</summary>
    public static string String(HttpResult result, string path, string what)
    {
        var node = JsonAt(result.Json, path);
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            return v.GetValue<string>();
        }

        throw new ExpectationFailedException(
            $"{what}: expected a string at $.{path}, got {Describe(node)} (HTTP {result.Status}); body: {Excerpt(result)}");
    }

    public static void Equal(string? expected, string? actual, string path, HttpResult result, string what)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new ExpectationFailedException(
                $"{what}: expected {Quote(expected)} at {path}, got {Quote(actual)} (HTTP {result.Status}); body: {Excerpt(result)}");
        }
    }

    public static void That(bool condition, Func<string> message)
    {
        if (!condition)
        {
            throw new ExpectationFailedException(message());
        }
    }

    /// <summary>Follows "a.b[2].c" through objects and arrays; null when any step is missing.</summary>
    public static JsonNode? JsonAt(JsonNode? root, string path)
    {
        var node = root;
        foreach (var segment in BodyPath.Parse(path))
        {
            node = segment.Index is { } i
                ? node is JsonArray a && i < a.Count ? a[i] : null
                : node is JsonObject o ? o[segment.Name!] : null;
        }

        return node;
    }

    public static string Excerpt(HttpResult result)
    {
        var text = result.Text;
        return text.Length == 0 ? "(empty)" : text.Length <= 500 ? text : text[..500] + "...";
    }

    private static string Describe(JsonNode? node) => node is null ? "nothing" : $"{node.GetValueKind()} {node.ToJsonString()}";

    private static string Quote(string? s) => s is null ? "nothing" : $"'{s}'";
}
