using System.Text.Json.Nodes;

namespace Conformance.Obshell.Drivers;

/// <summary>A broken expectation: the message names what was expected, what came back and where.</summary>
public sealed class ExpectationException(string message) : Exception(message);

/// <summary>The few assertions the obshell steps need; FluentAssertions is a test-only dependency.</summary>
public static class Expect
{
    public static void That(bool condition, Func<string> message)
    {
        if (!condition)
        {
            throw new ExpectationException(message());
        }
    }

    public static void Status(int expected, int actual, string body) =>
        That(expected == actual, () => $"expected HTTP {expected} but got {actual}; body: {Shorten(body)}");

    /// <summary>Compares one JSON value with its expected JSON text (1, true, null or a bare string).</summary>
    public static void Field(JsonNode? root, string path, string expected)
    {
        var actual = JsonPath.Get(root, path);
        var expectedNode = JsonPath.Literal(expected);
        That(JsonNode.DeepEquals(actual, expectedNode), () =>
            $"{path}: expected {Show(expectedNode)} but the answer has {Show(actual)}");
    }

    public static string Show(JsonNode? node) => node is null ? "null (or absent)" : node.ToJsonString();

    public static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "...";
}
