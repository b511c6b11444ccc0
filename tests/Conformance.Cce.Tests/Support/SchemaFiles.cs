using Conformance.Testing;
using NJsonSchema;

namespace Conformance.Cce.Tests.Support;

/// <summary>Loads schemas/cce/*.schema.json from the repository the tests were built in.</summary>
public static class SchemaFiles
{
    private static readonly Dictionary<string, JsonSchema> Cache = new(StringComparer.Ordinal);

    public static string Directory { get; } = FindDirectory();

    public static ICollection<NJsonSchema.Validation.ValidationError> Validate(string schemaFile, string json)
    {
        JsonSchema schema;
        lock (Cache)
        {
            if (!Cache.TryGetValue(schemaFile, out schema!))
            {
                schema = JsonSchema.FromFileAsync(Path.Combine(Directory, schemaFile)).GetAwaiter().GetResult();
                Cache[schemaFile] = schema;
            }
        }

        return schema.Validate(json);
    }

    private static string FindDirectory()
    {
        if (System.IO.Directory.Exists(Path.Combine(SourceTree.Root, "schemas", "cce")))
        {
            return Path.Combine(SourceTree.Root, "schemas", "cce");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schemas", "cce");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No schemas/cce above " + AppContext.BaseDirectory);
    }
}
