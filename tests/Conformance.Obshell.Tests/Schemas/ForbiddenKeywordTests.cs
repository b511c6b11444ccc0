using System.Text.Json;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Schemas;

/// <summary>Keeps every schema in the subset NJsonSchema 11 actually validates.</summary>
public class ForbiddenKeywordTests
{
    private static readonly HashSet<string> Forbidden =
    [
        "const", "if", "then", "else", "contains", "propertyNames", "dependencies", "dependentSchemas",
        "dependentRequired", "unevaluatedProperties", "unevaluatedItems", "prefixItems", "$defs",
    ];

    [Test]
    public void No_schema_uses_a_keyword_njsonschema_ignores()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Schemas, "*.json", SearchOption.AllDirectories).ToList();
        files.Should().NotBeEmpty();
        var hits = files.SelectMany(f => Keywords(JsonDocument.Parse(File.ReadAllText(f)).RootElement, "$", f)).ToList();
        hits.Should().BeEmpty();
    }

    [Test]
    public void The_scan_finds_nested_keywords_but_not_property_names()
    {
        const string schema = """
            {"properties":{"if":{"type":"string"},"x":{"allOf":[{"const":1}]}},"definitions":{"then":{"$defs":{}}}}
            """;
        Keywords(JsonDocument.Parse(schema).RootElement, "$", "t.json").Should().BeEquivalentTo(
            "t.json $.properties.x.allOf[0].const", "t.json $.definitions.then.$defs");
    }

    // "properties" maps names to schemas, so its keys are property names, not keywords; its values still are schemas.
    private static IEnumerable<string> Keywords(JsonElement e, string path, string file, bool keysAreNames = false)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in e.EnumerateArray())
            {
                foreach (var hit in Keywords(item, $"{path}[{i++}]", file))
                {
                    yield return hit;
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (!keysAreNames && Forbidden.Contains(p.Name))
                {
                    yield return $"{Path.GetFileName(file)} {path}.{p.Name}";
                }

                var childNames = !keysAreNames && p.Name is "properties" or "definitions" or "patternProperties";
                if (!keysAreNames && p.Name is "enum" or "required" or "examples" or "default")
                {
                    continue; // data, not schemas
                }

                foreach (var hit in Keywords(p.Value, $"{path}.{p.Name}", file, childNames))
                {
                    yield return hit;
                }
            }
        }
    }
}
