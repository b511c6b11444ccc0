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
        Same(shards, c => c.Target.Url, "targets differ");
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
            outcome == "conformant" ? "conformant" : "not-conformant",
            outcome,
            reason,
            first.Target,
            first.Suite with { Scenarios = shards.Sum(c => c.Suite.Scenarios) },
            shards.Min(c => c.StartedAt),
            shards.Max(c => c.EndedAt),
            new CertificateTotals(
                Count(scenarios.Select(s => s.Status)),
                Count(requirements.Where(r => r.Level == "MUST").Select(r => r.Status)),
                Count(requirements.Where(r => r.Level == "SHOULD").Select(r => r.Status))),
            requirements,
            shards.SelectMany(c => c.Notes).DistinctBy(n => (n.Id, n.Text)).OrderBy(n => n.Id, StringComparer.Ordinal).ToList(),
            problems);
    }

    private static RequirementVerdict Requirement(IGrouping<string, RequirementVerdict> parts)
    {
        var statuses = parts.Select(p => p.Status).ToList();
        var first = parts.First();

        // Every shard lists the catalogue's uncovered requirements, so the same scenario may arrive more than once.
        return first with
        {
            Level = parts.Any(p => p.Level == "MUST") ? "MUST" : first.Level,
            Status = statuses.Contains("failed") ? "failed" : statuses.Contains("passed") ? "passed" : "not-run",
            FirstFailure = parts.Select(p => p.FirstFailure).FirstOrDefault(f => f is not null),
            Scenarios = parts.SelectMany(p => p.Scenarios).DistinctBy(s => (s.Location, s.Name)).ToList(),
            Title = parts.Select(p => p.Title).FirstOrDefault(t => t is not null),
        };
    }

    // A shard that could not run (or was misconfigured) leaves the whole suite unjudged; that outweighs any verdict.
    private static (string Outcome, string? Reason) Judge(IReadOnlyList<Certificate> shards, IReadOnlyList<RequirementVerdict> requirements, IReadOnlyList<string> problems)
    {
        var unjudged = shards.FirstOrDefault(c => c.Outcome is not ("conformant" or "not-conformant"));
        if (unjudged is not null)
        {
            return (unjudged.Outcome, $"shard {unjudged.Shard ?? "?"}: {unjudged.Reason}");
        }

        var failed = requirements.Where(r => r is { Level: "MUST", Status: "failed" }).Select(r => r.Id).ToList();
        return problems.Count > 0 ? ("not-conformant", $"the suite has {problems.Count} problem(s): {problems[0]}")
            : failed.Count > 0 ? ("not-conformant", $"MUST requirement(s) failed: {string.Join(", ", failed)}")
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

    private static StatusCounts Count(IEnumerable<string> statuses)
    {
        var list = statuses.ToList();
        return new StatusCounts(list.Count(s => s == "passed"), list.Count(s => s == "failed"), list.Count(s => s == "not-run"));
    }
}
