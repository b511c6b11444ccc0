using System.Text.Json;

namespace Conformance.Obshell.Stub;

/// <summary>Field lookup the way Go's encoding/json does it.</summary>
internal static class GoJson
{
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
