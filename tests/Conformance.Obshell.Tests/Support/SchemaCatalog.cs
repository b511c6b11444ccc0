using System.Collections.Concurrent;
using NJsonSchema;

namespace Conformance.Obshell.Tests.Support;

/// <summary>Loads schemas/obshell/*.schema.json once and validates JSON against them.</summary>
public static class SchemaCatalog
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Cache = new();

    public static JsonSchema Get(string name) =>
        Cache.GetOrAdd(name, n => new Lazy<JsonSchema>(() =>
            JsonSchema.FromFileAsync(Path.Combine(RepoPaths.ObshellSchemas, n + ".schema.json")).GetAwaiter().GetResult())).Value;

    public static IReadOnlyList<string> Errors(string name, string json) =>
        [.. Get(name).Validate(json).Select(e => e.ToString())];

    public static void AssertValid(string name, string json)
    {
        var errors = Errors(name, json);
        Assert.That(errors, Is.Empty, $"{name} rejected: {json}");
    }
}
