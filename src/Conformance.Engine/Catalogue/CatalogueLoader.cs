using System.Text.Json.Nodes;
using Conformance.Engine.Features;
using Conformance.Engine.Schemas;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Conformance.Engine.Catalogue;

/// <summary>Reads features/*/requirements.yaml, checks each against schemas/meta/requirements.schema.json, and keeps line numbers for messages.</summary>
public static class CatalogueLoader
{
    public const string FileName = "requirements.yaml";
    public const string MetaSchema = "meta/requirements.schema.json";

    public static IReadOnlyList<RequirementCatalogue> Load(string suiteRoot, List<SuiteProblem> problems)
    {
        var featuresDir = Path.Combine(suiteRoot, "features");
        var schemas = new SchemaValidator(suiteRoot);
        var catalogues = new List<RequirementCatalogue>();
        foreach (var file in Directory.EnumerateFiles(featuresDir, FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(suiteRoot, file).Replace('\\', '/');
            var catalogue = Read(suiteRoot, relative, schemas, problems);
            if (catalogue is not null)
            {
                catalogues.Add(catalogue);
            }
        }

        return catalogues;
    }

    private static RequirementCatalogue? Read(string suiteRoot, string relative, SchemaValidator schemas, List<SuiteProblem> problems)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(File.ReadAllText(Path.Combine(suiteRoot, relative)));
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            problems.Add(new SuiteProblem(relative, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {e.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new SuiteProblem(relative, 1, 1, "expected a mapping with api, document, requirements"));
            return null;
        }

        if (File.Exists(Path.Combine(suiteRoot, "schemas", MetaSchema)))
        {
            foreach (var error in schemas.Validate(MetaSchema, YamlJson.ToJson(root)!.ToJsonString()))
            {
                problems.Add(new SuiteProblem(relative, 1, 0, $"does not match schemas/{MetaSchema}: {error}"));
            }
        }

        var api = Scalar(root, "api") ?? Features.ScenarioCaseBuilder.ApiOf(relative);
        var requirements = Items(root, "requirements").Select(ReadRequirement).ToList();
        foreach (var duplicate in requirements.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new SuiteProblem(relative, duplicate.Last().Line, 0, $"requirement id {duplicate.Key} is listed {duplicate.Count()} times: ids are never reused"));
        }

        var notes = Items(root, "notes").Select(n => new CatalogueNote(Scalar(n, "id") ?? "?", Scalar(n, "text") ?? string.Empty)).ToList();
        return new RequirementCatalogue(api, relative, Scalar(root, "document") ?? string.Empty, requirements, notes);
    }

    private static Requirement ReadRequirement(YamlMappingNode node)
    {
        var source = node.Children.TryGetValue(new YamlScalarNode("source"), out var s) && s is YamlMappingNode m
            ? new RequirementSource(Scalar(m, "quote"), Scalar(m, "code"))
            : new RequirementSource(null, null);
        return new Requirement(
            Scalar(node, "id") ?? "?",
            Scalar(node, "title") ?? string.Empty,
            Scalar(node, "level") ?? string.Empty,
            Scalar(node, "statement") ?? string.Empty,
            source,
            Scalar(node, "deviation"),
            Scalar(node, "retired"),
            (int)node.Start.Line);
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>()
            : [];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
