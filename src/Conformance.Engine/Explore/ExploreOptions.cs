namespace Conformance.Engine.Explore;

/// <summary>How long and from which seed one API is explored.</summary>
public sealed record ExploreOptions(int Budget, TimeSpan? Duration, ulong Seed)
{
    /// <summary>Requests one finding may spend on shrinking (over the budget, so a finding never shortens the exploration).</summary>
    public int ShrinkSends { get; init; } = 60;

    /// <summary>Smaller candidates drawn per finding while shrinking; most are rejected by size before any request.</summary>
    public int ShrinkDraws { get; init; } = 3000;

    /// <summary>Requests one finding may spend afterwards on deleting members and items and halving strings (also over the budget).</summary>
    public int DeleteSends { get; init; } = 120;
}
