using System.Text.Json;

namespace Conformance.Obshell.Protocol;

/// <summary>Parses decrypted header JSON with the leniency of Go's encoding/json.</summary>
internal static class HeaderPayloadParser
{
    // Go matches field names case-insensitively, ignores unknown fields, and leaves missing ones empty;
    // a wrong JSON type (e.g. numeric ts) makes Unmarshal fail, which the server reports as DecryptFailed.
    public static DecryptedHeader? TryParse(byte[] json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
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
                    return null;
                }
            }

            return new DecryptedHeader(auth, ts, uri, keys);
        }
        catch (JsonException)
        {
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
