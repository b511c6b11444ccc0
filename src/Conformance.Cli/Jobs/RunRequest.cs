namespace Conformance.Cli.Jobs;

/// <summary>What <c>conformance run</c> was asked to do, after argument parsing.</summary>
public sealed record RunRequest
{
    /// <summary>The APIs the harness knows (the composition root's list unless a caller brings its own).</summary>
    public Engine.Packs.PackList Packs { get; init; } = global::Conformance.Packs.ApiPacks.All;

    public string? Target { get; init; }

    public string? ProfilePath { get; init; }

    public string? Api { get; init; }

    public string OutDir { get; init; } = "reports";

    public string? Tags { get; init; }

    public string? Shard { get; init; }

    public string? SuiteRoot { get; init; }

    public double RequestTimeoutSeconds { get; init; } = 10;

    /// <summary>Null picks 600 s against the embedded stub and, against a target, twice the plan's estimate (at least 600 s).</summary>
    public double? DeadlineSeconds { get; init; }

    /// <summary>Exit 0 for an incomplete verdict (<c>--allow-incomplete</c>).</summary>
    public bool AllowIncomplete { get; init; }

    public bool Insecure { get; init; }

    /// <summary>Print the wall time of each phase to stderr (<c>--timings</c>).</summary>
    public bool Timings { get; init; }

    /// <summary>Workers; null picks 8 against a target (they mostly wait on removals; @serial cases still run one at a time) and 2 against the embedded stub.</summary>
    public int? Parallel { get; init; }

    /// <summary>Known deviations that do not fail the exit code (<c>--baseline</c>).</summary>
    public string? BaselinePath { get; init; }

    /// <summary>PEM EC P-256 private key the certificate is signed with (<c>--sign-key</c>).</summary>
    public string? SignKeyPath { get; init; }
}
