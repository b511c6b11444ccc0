using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Engine.Http;

/// <summary>A response as the drivers use it: status, headers, raw bytes and the body parsed as JSON when it is JSON.</summary>
public sealed class HttpResult(int status, IReadOnlyDictionary<string, string> headers, byte[] body, TimeSpan elapsed)
{
    private readonly Lazy<JsonNode?> _json = new(() => TryParse(body));

    public int Status { get; } = status;

    /// <summary>Response and content headers, names case-insensitive, repeated values joined by ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; } = headers;

    public byte[] Body { get; } = body;

    public TimeSpan Elapsed { get; } = elapsed;

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The body as JSON, or null when it is empty or not JSON.</summary>
    public JsonNode? Json => _json.Value;

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    private static JsonNode? TryParse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
