using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine.Http;

namespace Conformance.Engine.Checks;

/// <summary>The plain checks step bindings share, each failing with expected, actual, JSON path and body (FluentAssertions is a test-only dependency).</summary>
public static class Expect
{
    public static void That(bool condition, Func<string> message)
    {
        if (!condition)
        {
            throw new ExpectationFailedException(message());
        }
    }

    public static void Status(int expected, int actual, string body) =>
        That(expected == actual, () => $"expected HTTP {expected} but got {actual}; body: {Excerpt(body)}");

    public static void Status(HttpResult result, int expected, string what) =>
        That(result.Status == expected, () => $"{what}: expected HTTP {expected}, got {result.Status}; body: {Excerpt(result)}");

    /// <summary>Compares one JSON value with its expected JSON text (1, true, null or a bare string).</summary>
    public static void Field(JsonNode? root, string path, string expected)
    {
        var actual = JsonPath.Get(root, path);
        var expectedNode = JsonPath.Literal(expected);
        That(JsonNode.DeepEquals(actual, expectedNode), () => $"{path}: expected {JsonPath.Show(expectedNode)} but the answer has {JsonPath.Show(actual)}");
    }

    /// <summary>The string at a dotted path ("status.jobID"); fails naming the path when it is absent or not a string.</summary>
    public static string String(HttpResult result, string path, string what)
    {
        var node = JsonPath.Get(result.Json, path);
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            return v.GetValue<string>();
        }

        throw new ExpectationFailedException(
            $"{what}: expected a string at $.{path}, got {Describe(node)} (HTTP {result.Status}); body: {Excerpt(result)}");
    }

    public static void Equal(string? expected, string? actual, string path, HttpResult result, string what) =>
        That(string.Equals(expected, actual, StringComparison.Ordinal), () =>
            $"{what}: expected {Quote(expected)} at {path}, got {Quote(actual)} (HTTP {result.Status}); body: {Excerpt(result)}");

    /// <summary>The start of a body, for a failure message: enough to see what came back, not a flood.</summary>
    public static string Excerpt(string text, int max = 600) =>
        text.Length == 0 ? "(empty)" : text.Length <= max ? text : TextStart.Of(text, max) + "...";

    public static string Excerpt(HttpResult result) => Excerpt(result.Text, 500);

    private static string Describe(JsonNode? node) => node is null ? "nothing" : $"{node.GetValueKind()} {node.ToJsonString()}";

    private static string Quote(string? s) => s is null ? "nothing" : $"'{s}'";
}
