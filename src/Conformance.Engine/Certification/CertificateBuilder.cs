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
    public static Certificate Build(
        RunResult run,
        TargetProfile profile,
        string targetUrl,
        string suiteSha256,
        string harnessVersion,
        IReadOnlyList<RequirementCatalogue>? catalogues = null)
    {
        var judged = (catalogues ?? []).Where(c => profile.Covers(c.Api)).ToList();
        var requirements = run.Results
            .GroupBy(r => r.Case.RequirementId, StringComparer.Ordinal)
            .Select(Requirement)
            .Concat(judged.SelectMany(c => c.Requirements
                .Where(r => !r.IsRetired && run.Results.All(x => x.Case.RequirementId != r.Id))
                .Select(r => new RequirementVerdict(r.Id, c.Api, r.Level, "not-run", null, []))))
            .Select(r => r with { Title = judged.Select(c => c.Find(r.Id)?.Title).FirstOrDefault(t => t is not null) })
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
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
            Outcome.NotConformant => $"MUST requirement(s) failed: {string.Join(", ", requirements.Where(r => r is { Level: "MUST", Status: "failed" }).Select(r => r.Id))}",
            _ => null,
        };
        return new Certificate(
            new HarnessInfo("conformance", harnessVersion),
            outcome == Outcome.Conformant ? "conformant" : "not-conformant",
            OutcomeName(outcome),
            reason,
            new TargetInfo(targetUrl, profile.Apis.ToList(), ProfileJson(profile)),
            new SuiteInfo(suiteSha256, run.Results.Count),
            run.StartedAt,
            run.EndedAt,
            new CertificateTotals(
                Count(run.Results.Select(r => StatusName(r.Status))),
                Count(requirements.Where(r => r.Level == "MUST").Select(r => r.Status)),
                Count(requirements.Where(r => r.Level == "SHOULD").Select(r => r.Status))),
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
        _ => "could-not-run",
    };

    public static string StatusName(ScenarioStatus status) => status switch
    {
        ScenarioStatus.Passed => "passed",
        ScenarioStatus.Failed => "failed",
        _ => "not-run",
    };

    public static string LevelName(RequirementLevel level) => level == RequirementLevel.Must ? "MUST" : "SHOULD";

    private static RequirementVerdict Requirement(IGrouping<string, ScenarioResult> group)
    {
        var results = group.ToList();
        var status = results.Any(r => r.Status == ScenarioStatus.Failed) ? ScenarioStatus.Failed
            : results.Any(r => r.Status == ScenarioStatus.Passed) ? ScenarioStatus.Passed
            : ScenarioStatus.NotRun;

        // A requirement is held to its strictest scenario level; the catalogue check keeps them consistent.
        var level = results.Any(r => r.Case.Level == RequirementLevel.Must) ? RequirementLevel.Must : RequirementLevel.Should;
        var firstFailure = results.FirstOrDefault(r => r.Status == ScenarioStatus.Failed);
        return new RequirementVerdict(
            group.Key,
            results[0].Case.Api,
            LevelName(level),
            StatusName(status),
            firstFailure is null ? null : $"{firstFailure.Case.Location}: {firstFailure.Message}",
            results.Select(r => new ScenarioVerdict(r.Case.Name, r.Case.Location, StatusName(r.Status), r.Message, r.FailedStep)).ToList());
    }

    private static StatusCounts Count(IEnumerable<string> statuses)
    {
        var list = statuses.ToList();
        return new StatusCounts(list.Count(s => s == "passed"), list.Count(s => s == "failed"), list.Count(s => s == "not-run"));
    }

    private static JsonNode? ProfileJson(TargetProfile profile) =>
        System.Text.Json.JsonSerializer.SerializeToNode(profile, CertificateJson.Options);
}
