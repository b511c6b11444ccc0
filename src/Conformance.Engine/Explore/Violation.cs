namespace Conformance.Engine.Explore;

/// <summary>A check that broke on one answer: which check, the requirement it stands for, its level and why.</summary>
public sealed record Violation(string Check, string RequirementId, string Level, string Detail)
{
    /// <summary>Two answers break "the same" thing when check and requirement agree; the detail may differ.</summary>
    public string Key => $"{Check}|{RequirementId}";
}
