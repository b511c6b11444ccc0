using Io.Cucumber.Messages.Types;

namespace Conformance.Engine.Features;

/// <summary>Turns a feature's pickles into test cases, checking each carries one requirement tag and one level tag.</summary>
internal static class ScenarioCaseBuilder
{
    public const string RequirementTagPrefix = "@req:";

    public static IEnumerable<ScenarioCase> Build(LoadedFeature feature, List<SuiteProblem> problems)
    {
        var index = feature.Index;
        var api = ApiOf(feature.RelativePath);
        for (var i = 0; i < feature.Pickles.Count; i++)
        {
            var pickle = feature.Pickles[i];
            var scenario = index.Scenarios[pickle.AstNodeIds[0]];
            (Examples Examples, TableRow Row)? row = pickle.AstNodeIds.Count > 1 && index.Rows.TryGetValue(pickle.AstNodeIds[1], out var r) ? r : null;
            var line = (int)(row?.Row.Location.Line ?? scenario.Location.Line);
            var tags = pickle.Tags.Select(t => t.Name).ToList();
            var reqTags = tags.Where(t => t.StartsWith(RequirementTagPrefix, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
            var levels = tags.Where(t => t is "@must" or "@should").Distinct().ToList();
            if (reqTags.Count != 1 || levels.Count != 1)
            {
                problems.Add(new SuiteProblem(feature.RelativePath, line, 0,
                    $"scenario '{pickle.Name}' needs exactly one @req:<ID> tag and one of @must/@should " +
                    $"(found requirement tags [{string.Join(", ", reqTags)}], level tags [{string.Join(", ", levels)}])"));
                continue;
            }

            var values = row is null ? new Dictionary<string, string>() : ExampleValues(row.Value);
            var name = $"{feature.Title}: {pickle.Name}" + (values.Count > 0 ? $" [{string.Join(", ", values.Values)}]" : string.Empty);
            yield return new ScenarioCase(
                feature, pickle, i, name, pickle.Name, tags,
                reqTags[0][RequirementTagPrefix.Length..],
                levels[0] == "@must" ? RequirementLevel.Must : RequirementLevel.Should,
                api, line, values, index.RuleOf.GetValueOrDefault(scenario.Id));
        }
    }

    /// <summary>The API a feature belongs to is its first folder under features/ (features/x/y.feature -> x).</summary>
    public static string ApiOf(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts.Length > 2 ? parts[1] : "general";
    }

    private static Dictionary<string, string> ExampleValues((Examples Examples, TableRow Row) row)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var header = row.Examples.TableHeader.Cells;
        for (var c = 0; c < header.Count && c < row.Row.Cells.Count; c++)
        {
            values[header[c].Value] = row.Row.Cells[c].Value;
        }

        return values;
    }
}
