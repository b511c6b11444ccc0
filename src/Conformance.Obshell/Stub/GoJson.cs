using System.Text.Json;

namespace Conformance.Obshell.Stub;

/// <summary>Field lookup the way Go's encoding/json does it.</summary>
internal static class GoJson
{
    /// <summary>
    /// Go's decoder turns invalid UTF-8 inside strings into U+FFFD instead of failing; System.Text.Json would throw
    /// on GetString (a 500 the server never sends), so the bytes are re-encoded the same lenient way first.
    /// </summary>
    public static byte[] ReplaceInvalidUtf8(byte[] json) =>
        System.Text.Unicode.Utf8.IsValid(json) ? json : System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(json));

    /// <summary>Exact name first, else a case-insensitive match; the last duplicate wins.</summary>
    public static JsonElement? Find(JsonElement obj, string name)
    {
        JsonElement? exact = null, loose = null;
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Name == name)
            {
                exact = p.Value;
            }
            else if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                loose = p.Value;
            }
        }

        return exact ?? loose;
    }
}
