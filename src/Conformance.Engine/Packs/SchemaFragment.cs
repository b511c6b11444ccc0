using System.Reflection;
using System.Text.Json.Nodes;

namespace Conformance.Engine.Packs;

/// <summary>Reads a pack's profile schema fragment, embedded in the pack's assembly.</summary>
public static class SchemaFragment
{
    public static JsonObject Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from {assembly.GetName().Name}");
        return JsonNode.Parse(stream)!.AsObject();
    }
}
