using System.Text.Json;

namespace Conformance.Obshell.Stub;

/// <summary>Says why a decrypted body did not bind, for the stub's diagnostics; it never quotes the body (scale-out's carries a password).</summary>
internal static class BodyJson
{
    public static string Why(byte[] json)
    {
        if (json.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return "body JSON: the body is empty, and the route's required fields are missing";
        }

        try
        {
            using var doc = JsonDocument.Parse(GoJson.ReplaceInvalidUtf8(json));
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? "body JSON: decrypted and parsed, but a required field is missing, empty or of the wrong type for this route"
                : $"body JSON: a {doc.RootElement.ValueKind}, not an object";
        }
        catch (JsonException e)
        {
            return $"body JSON: the decrypted body ({json.Length} bytes) is not JSON (line {e.LineNumber}, byte {e.BytePositionInLine})";
        }
    }
}
