using System.Text.Json.Nodes;
using Conformance.Engine.Catalogue;
using Conformance.Engine.Features;
using Conformance.Engine.Profiles;
using Conformance.Engine.Results;
using Conformance.Engine.Running;

namespace Conformance.Engine.Certification;

/// <summary>Aggregates scenario results by requirement into a certificate.</summary>
public static class CertificateBuilder
{
    /// <param name="catalogues">The judged APIs' catalogues: they add titles, the catalogued notes, and list requirements no selected scenario ran as not-run.</param>
    /// <param name="targetKind">The certificate's <see cref="TargetInfo.Kind"/>; null for a target named by its URL.</param>
    public static Certificate Build(
        RunResult run,
        TargetProfile profile,
        string targetUrl,
        string suiteSha256,
        string harnessVersion,
        IReadOnlyList<RequirementCatalogue>? catalogues = null,
        string? targetKind = null)
    {
        var all = catalogues ?? [];
        var requirements = run.Results
            .GroupBy(r => r.Case.RequirementId, StringComparer.Ordinal)
            .Select(Requirement)
            .Concat(all.SelectMany(c => c.Requirements
                .Where(r => !r.IsRetired && run.Results.All(x => x.Case.RequirementId != r.Id))
                .Select(r => new RequirementVerdict(r.Id, c.Api, r.Level, RequirementStatus.NotSelected, null, [])
                {
                    Reason = profile.Covers(c.Api)
                        ? "outside this run's scope (--tags or --shard)"
                        : $"the run does not judge the {c.Api} API (--api, or the profile has no '{c.Api}' section)",
                })))
            .Select(r => r with { Title = all.Select(c => c.Find(r.Id)?.Title).FirstOrDefault(t => t is not null) })
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var judged = all.Where(c => profile.Covers(c.Api)).ToList();
        var notes = run.Results.SelectMany(r => r.Notes ?? [])
            .Concat(judged.SelectMany(c => c.Notes.Select(n => new Note(n.Id, n.Text))))
            .DistinctBy(n => (n.Id, n.Text))
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        var outcome = run.Outcome;
        var reason = outcome switch
        {
            Outcome.CouldNotRun => run.AbortReason ?? run.FirstTransportFailure?.Message,
            Outcome.NotConformant when run.Problems.Count > 0 => $"the suite has {run.Problems.Count} problem(s): {run.Problems[0]}",
            Outcome.NotConformant => $"MUST requirement(s) failed: {string.Join(", ", requirements.Where(r => r is { Level: "MUST", Status: RequirementStatus.Failed }).Select(r => r.Id))}",
            Outcome.Incomplete => IncompleteReason(requirements),
            _ => null,
        };
        return new Certificate(
            new HarnessInfo("conformance", harnessVersion),
            VerdictName(outcome),
            OutcomeName(outcome),
            reason,
            new TargetInfo(targetUrl, profile.Apis.ToList(), ProfileJson(profile)) { Kind = targetKind },
            new SuiteInfo(suiteSha256, run.Results.Count),
            run.StartedAt,
            run.EndedAt,
            new CertificateTotals(
                StatusCounts.Of(run.Results.Select(r => StatusName(r.Status))),
                StatusCounts.Of(requirements.Where(r => r.Level == "MUST").Select(r => r.Status)),
                StatusCounts.Of(requirements.Where(r => r.Level == "SHOULD").Select(r => r.Status))),
            requirements,
            notes,
            run.Problems.Select(p => p.ToString()).ToList());
    }

    /// <summary>The certificate of a run that stopped before judging anything, because its configuration was unusable.</summary>
    public static Certificate ForConfigurationError(string reason, string targetUrl, string suiteSha256, string harnessVersion, DateTimeOffset at) => new(
        new HarnessInfo("conformance", harnessVersion),
        "not-conformant",
        "configuration-error",
        reason,
        new TargetInfo(targetUrl, [], null),
        new SuiteInfo(suiteSha256, 0),
        at,
        at,
        new CertificateTotals(new StatusCounts(0, 0, 0), new StatusCounts(0, 0, 0), new StatusCounts(0, 0, 0)),
        [],
        [],
        [reason]);

    public static string OutcomeName(Outcome outcome) => outcome switch
    {
        Outcome.Conformant => "conformant",
        Outcome.NotConformant => "not-conformant",
        Outcome.Incomplete => "incomplete",
        _ => "could-not-run",
    };

    /// <summary>The certificate's verdict: what may be claimed of the target (a run that could not run claims nothing, so not conformant).</summary>
    public static string VerdictName(Outcome outcome) => outcome switch
    {
        Outcome.Conformant => "conformant",
        Outcome.Incomplete => "incomplete",
        _ => "not-conformant",
    };

    public static string StatusName(ScenarioStatus status) => status switch
    {
        ScenarioStatus.Passed => RequirementStatus.Passed,
        ScenarioStatus.Failed => RequirementStatus.Failed,
        ScenarioStatus.NotSelected => RequirementStatus.NotSelected,
        _ => RequirementStatus.NotRun,
    };

    /// <summary>One line: how many MUST requirements in scope were not judged, and the first one's reason.</summary>
    public static string IncompleteReason(IReadOnlyList<RequirementVerdict> requirements)
    {
        var musts = requirements.Where(r => r.Level == "MUST" && r.Status != RequirementStatus.NotSelected).ToList();
        var unjudged = musts.Where(r => r.Status == RequirementStatus.NotRun).ToList();
        return unjudged.Count == 0
            ? "every MUST requirement in scope was judged"
            : $"{unjudged.Count} of {musts.Count} MUST requirement(s) in scope were not judged; first: {unjudged[0].Id}: {unjudged[0].Reason}";
    }

    public static string LevelName(RequirementLevel level) => level == RequirementLevel.Must ? "MUST" : "SHOULD";

    private static RequirementVerdict Requirement(IGrouping<string, ScenarioResult> group)
    {
        var results = group.ToList();
        var status = RequirementStatus.Of(results.Select(r => StatusName(r.Status)));

        // A requirement is held to its strictest scenario level; the catalogue check keeps them consistent.
        var level = results.Any(r => r.Case.Level == RequirementLevel.Must) ? RequirementLevel.Must : RequirementLevel.Should;
        var firstFailure = results.FirstOrDefault(r => r.Status == ScenarioStatus.Failed);
        var unjudged = status == RequirementStatus.NotRun ? results.FirstOrDefault(r => r.Status == ScenarioStatus.NotRun)
            : status == RequirementStatus.NotSelected ? results[0]
            : null;
        return new RequirementVerdict(
            group.Key,
            results[0].Case.Api,
            LevelName(level),
            status,
            firstFailure is null ? null : $"{firstFailure.Case.Location}: {firstFailure.Message}",
            results.Select(r => new ScenarioVerdict(r.Case.Name, r.Case.Location, StatusName(r.Status), r.Message, r.FailedStep)).ToList())
        {
            Reason = unjudged is null ? null : $"{unjudged.Case.Location}: {unjudged.Message}",
        };
    }

    private static JsonNode? ProfileJson(TargetProfile profile) =>
        System.Text.Json.JsonSerializer.SerializeToNode(profile, CertificateJson.Options);
}
