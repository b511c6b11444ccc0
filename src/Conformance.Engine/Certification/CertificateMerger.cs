namespace Conformance.Engine.Certification;

/// <summary>Joins the certificates of the shards of one run into the certificate of the whole suite.</summary>
public static class CertificateMerger
{
    public static Certificate Merge(IReadOnlyList<Certificate> shards)
    {
        if (shards.Count == 0)
        {
            throw new ConfigurationException("nothing to merge: give at least one certificate");
        }

        Same(shards, c => c.Suite.Sha256, "suite hashes differ");
        Same(shards, c => c.Target.Identity(), "targets differ");
        Same(shards, c => string.Join(",", c.Target.Apis.Order(StringComparer.Ordinal)), "targets differ (APIs judged)");

        var requirements = shards.SelectMany(c => c.Requirements)
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(Requirement)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var scenarios = requirements.SelectMany(r => r.Scenarios).ToList();
        var problems = shards.SelectMany(c => c.Problems).Distinct().ToList();
        var (outcome, reason) = Judge(shards, requirements, problems);
        var first = shards[0];
        return new Certificate(
            first.Harness,
            outcome is "conformant" or "incomplete" ? outcome : "not-conformant",
            outcome,
            reason,
            first.Target,
            first.Suite with { Scenarios = shards.Sum(c => c.Suite.Scenarios) },
            shards.Min(c => c.StartedAt),
            shards.Max(c => c.EndedAt),
            new CertificateTotals(
                StatusCounts.Of(scenarios.Select(s => s.Status)),
                StatusCounts.Of(requirements.Where(r => r.Level == "MUST").Select(r => r.Status)),
                StatusCounts.Of(requirements.Where(r => r.Level == "SHOULD").Select(r => r.Status))),
            requirements,
            shards.SelectMany(c => c.Notes).DistinctBy(n => (n.Id, n.Text)).OrderBy(n => n.Id, StringComparer.Ordinal).ToList(),
            problems);
    }

    private static RequirementVerdict Requirement(IGrouping<string, RequirementVerdict> parts)
    {
        var first = parts.First();

        // The same scenario may arrive from more than one shard; the requirement's status is worked out again from
        // the union, so a row passed in one shard and not run in another leaves the requirement not-run.
        var scenarios = parts.SelectMany(p => p.Scenarios).DistinctBy(s => (s.Location, s.Name)).ToList();
        var status = scenarios.Count > 0 ? RequirementStatus.Of(scenarios.Select(s => s.Status))
            : parts.Any(p => p.Status == RequirementStatus.NotRun) ? RequirementStatus.NotRun
            : RequirementStatus.NotSelected;
        return first with
        {
            Level = parts.Any(p => p.Level == "MUST") ? "MUST" : first.Level,
            Status = status,
            FirstFailure = parts.Select(p => p.FirstFailure).FirstOrDefault(f => f is not null),
            Scenarios = scenarios,
            Title = parts.Select(p => p.Title).FirstOrDefault(t => t is not null),
            Reason = status is RequirementStatus.NotRun or RequirementStatus.NotSelected
                ? parts.Where(p => p.Status == status).Select(p => p.Reason).FirstOrDefault(r => r is not null)
                    ?? scenarios.Where(s => s.Status == status).Select(s => $"{s.Location}: {s.Message}").FirstOrDefault()
                : null,
        };
    }

    // A shard that could not run (or was misconfigured) leaves the whole suite unjudged; that outweighs any verdict.
    private static (string Outcome, string? Reason) Judge(IReadOnlyList<Certificate> shards, IReadOnlyList<RequirementVerdict> requirements, IReadOnlyList<string> problems)
    {
        var unjudged = shards.FirstOrDefault(c => c.Outcome is not ("conformant" or "not-conformant" or "incomplete"));
        if (unjudged is not null)
        {
            return (unjudged.Outcome, $"shard {unjudged.Shard ?? "?"}: {unjudged.Reason}");
        }

        var failed = requirements.Where(r => r is { Level: "MUST", Status: RequirementStatus.Failed }).Select(r => r.Id).ToList();
        return problems.Count > 0 ? ("not-conformant", $"the suite has {problems.Count} problem(s): {problems[0]}")
            : failed.Count > 0 ? ("not-conformant", $"MUST requirement(s) failed: {string.Join(", ", failed)}")
            : requirements.Any(r => r is { Level: "MUST", Status: RequirementStatus.NotRun }) ? ("incomplete", CertificateBuilder.IncompleteReason(requirements))
            : ("conformant", null);
    }

    private static void Same(IReadOnlyList<Certificate> shards, Func<Certificate, string> key, string what)
    {
        var values = shards.Select(key).Distinct(StringComparer.Ordinal).ToList();
        if (values.Count > 1)
        {
            throw new ConfigurationException($"cannot merge: {what}: {string.Join(" vs ", values.Take(2))}");
        }
    }
}
