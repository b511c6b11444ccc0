using System.Text.Json;

namespace Conformance.Obshell.Protocol;

/// <summary>Parses decrypted header JSON with the leniency of Go's encoding/json.</summary>
internal static class HeaderPayloadParser
{
    // Go matches field names case-insensitively, ignores unknown fields, and leaves missing ones empty;
    // a wrong JSON type (e.g. numeric ts) makes Unmarshal fail, which the server reports as DecryptFailed.
    public static DecryptedHeader? TryParse(byte[] json) => TryParse(json, out _);

    /// <param name="error">Which part of the JSON was refused, naming fields, never their values (one is the password).</param>
    public static DecryptedHeader? TryParse(byte[] json, out string? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"header JSON: a {doc.RootElement.ValueKind}, not an object";
                return null;
            }

            string auth = "", ts = "", uri = "";
            byte[] keys = [];
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                var ok = p.Name.ToLowerInvariant() switch
                {
                    "auth" => TryString(p.Value, ref auth),
                    "ts" => TryString(p.Value, ref ts),
                    "uri" => TryString(p.Value, ref uri),
                    "keys" => TryBytes(p.Value, ref keys),
                    _ => true,
                };
                if (!ok)
                {
                    error = p.Name.Equals("keys", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String
                        ? $"header field '{p.Name}': not base64"
                        : $"header field '{p.Name}': a {p.Value.ValueKind}, not a string";
                    return null;
                }
            }

            return new DecryptedHeader(auth, ts, uri, keys);
        }
        catch (JsonException e)
        {
            // The position only: the exception's message can quote the plaintext, password included.
            error = $"header JSON: the RSA plaintext ({json.Length} bytes) is not JSON (line {e.LineNumber}, byte {e.BytePositionInLine})";
            return null;
        }
    }

    private static bool TryString(JsonElement e, ref string target)
    {
        if (e.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        target = e.GetString() ?? "";
        return true;
    }

    private static bool TryBytes(JsonElement e, ref byte[] target)
    {
        if (e.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        return e.ValueKind == JsonValueKind.String && e.TryGetBytesFromBase64(out target!);
    }
}
