namespace Conformance.Engine.Certification;

/// <summary>One requirement whose status changed between two certificates; <c>Before</c> is null when it was absent.</summary>
public sealed record StatusChange(string Id, string Level, string? Before, string After, string? FirstFailure);

/// <summary>What changed between an older and a newer certificate of the same target.</summary>
public sealed record CertificateDiff(IReadOnlyList<StatusChange> Regressions, IReadOnlyList<StatusChange> Fixes)
{
    /// <summary>Requirements judged before (passed or failed) that the newer run did not judge (not-run, not-selected or absent): coverage lost, not a regression.</summary>
    public IReadOnlyList<StatusChange> NoLongerJudged { get; init; } = [];

    /// <summary>Regressions: a requirement that now fails and did not before. Fixes: one that failed and now passes.</summary>
    public static CertificateDiff Compare(Certificate older, Certificate newer)
    {
        var before = older.Requirements.ToDictionary(r => r.Id, r => r.Status, StringComparer.Ordinal);
        var changes = newer.Requirements
            .Select(r => new StatusChange(r.Id, r.Level, before.GetValueOrDefault(r.Id), r.Status, r.FirstFailure))
            .ToList();
        var judgedBefore = older.Requirements.Where(r => r.Status is RequirementStatus.Passed or RequirementStatus.Failed);
        var after = newer.Requirements.ToDictionary(r => r.Id, r => r.Status, StringComparer.Ordinal);
        return new CertificateDiff(
            changes.Where(c => c is { After: RequirementStatus.Failed } && c.Before != RequirementStatus.Failed).ToList(),
            changes.Where(c => c is { Before: RequirementStatus.Failed, After: RequirementStatus.Passed }).ToList())
        {
            NoLongerJudged = judgedBefore
                .Where(r => after.GetValueOrDefault(r.Id) is not (RequirementStatus.Passed or RequirementStatus.Failed))
                .Select(r => new StatusChange(r.Id, r.Level, r.Status, after.GetValueOrDefault(r.Id) ?? "absent", null))
                .ToList(),
        };
    }
}
