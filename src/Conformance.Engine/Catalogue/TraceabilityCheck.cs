using Conformance.Engine.Features;

namespace Conformance.Engine.Catalogue;

/// <summary>
/// Keeps scenarios and catalogues in step: every scenario names a known, live requirement at its catalogue level,
/// and every live MUST requirement has at least one scenario.
/// </summary>
public static class TraceabilityCheck
{
    public static IEnumerable<SuiteProblem> Check(IReadOnlyList<ScenarioCase> cases, IReadOnlyList<RequirementCatalogue> catalogues)
    {
        foreach (var c in cases)
        {
            var catalogue = catalogues.FirstOrDefault(k => k.Api == c.Api);
            if (catalogue is null)
            {
                continue;
            }

            var requirement = catalogue.Find(c.RequirementId);
            var level = c.Level == RequirementLevel.Must ? "MUST" : "SHOULD";
            if (requirement is null)
            {
                var closest = Closest(c.RequirementId, catalogue.Requirements.Select(r => r.Id));
                yield return new SuiteProblem(c.Feature.RelativePath, c.Line, 0,
                    $"scenario '{c.ScenarioTitle}' names requirement {c.RequirementId}, which {catalogue.RelativePath} does not list" +
                    (closest is null ? string.Empty : $" (closest: {closest})"));
            }
            else if (requirement.IsRetired)
            {
                yield return new SuiteProblem(c.Feature.RelativePath, c.Line, 0,
                    $"scenario '{c.ScenarioTitle}' names retired requirement {c.RequirementId} ({requirement.Retired})");
            }
            else if (!string.Equals(requirement.Level, level, StringComparison.Ordinal))
            {
                yield return new SuiteProblem(c.Feature.RelativePath, c.Line, 0,
                    $"scenario '{c.ScenarioTitle}' is tagged @{level.ToLowerInvariant()} but {c.RequirementId} is {requirement.Level} in {catalogue.RelativePath}:{requirement.Line}");
            }
        }

        foreach (var catalogue in catalogues)
        {
            var covered = cases.Where(c => c.Api == catalogue.Api).Select(c => c.RequirementId).ToHashSet();
            foreach (var r in catalogue.Requirements.Where(r => r is { IsRetired: false, Level: "MUST" } && !covered.Contains(r.Id)))
            {
                yield return new SuiteProblem(catalogue.RelativePath, r.Line, 0, $"MUST requirement {r.Id} ('{r.Title}') has no scenario");
            }
        }
    }

    // Within two edits is a typo; beyond that, naming an unrelated id would mislead.
    private static string? Closest(string id, IEnumerable<string> candidates) =>
        NearestNames.Closest(id, candidates, 1).FirstOrDefault(c => NearestNames.EditDistance(id, c) <= 2);
}
