using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Cce.Stub;

/// <summary>Typed reads of optional JSON members, where a wrong type is an error and null means absent.</summary>
internal static class JsonFields
{
    public static bool OptionalBool(JsonObject obj, string name, string parentPath, out bool value, out string error)
    {
        value = false;
        error = string.Empty;
        var node = obj[name];
        if (node is null)
        {
            return true;
        }

        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            value = node.GetValue<bool>();
            return true;
        }

        error = $"{parentPath}.{name} must be a boolean";
        return false;
    }

    public static bool TryGetString(JsonObject obj, string name, out string value)
    {
        value = string.Empty;
        if (obj[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        return false;
    }
}
