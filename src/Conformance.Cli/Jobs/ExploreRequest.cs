namespace Conformance.Cli.Jobs;

/// <summary>What <c>conformance explore</c> was asked to do, after argument parsing.</summary>
public sealed record ExploreRequest
{
    /// <summary>The APIs the harness knows.</summary>
    public Engine.Packs.PackList Packs { get; init; } = global::Conformance.Packs.ApiPacks.All;

    public string? Target { get; init; }

    public string? ProfilePath { get; init; }

    public string? Api { get; init; }

    /// <summary>Generated requests per API when --budget is not given: each reachable stub deviation is found within it.</summary>
    public const int DefaultBudget = 300;

    public int Budget { get; init; } = DefaultBudget;

    public double? Seconds { get; init; }

    /// <summary>Null draws one (printed, so the run can be repeated).</summary>
    public ulong? Seed { get; init; }

    public string OutDir { get; init; } = "reports";

    public const double DefaultRequestTimeoutSeconds = 10;

    public double RequestTimeoutSeconds { get; init; } = DefaultRequestTimeoutSeconds;
}
