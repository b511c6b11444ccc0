namespace Conformance.Cli.Jobs;

/// <summary>What <c>conformance run</c> was asked to do, after argument parsing.</summary>
public sealed record RunRequest
{
    public string? Target { get; init; }

    public string? ProfilePath { get; init; }

    public string? Api { get; init; }

    public string OutDir { get; init; } = "reports";

    public string? Tags { get; init; }

    public string? Shard { get; init; }

    public string? SuiteRoot { get; init; }

    public double RequestTimeoutSeconds { get; init; } = 10;

    public double DeadlineSeconds { get; init; } = 600;

    public bool Insecure { get; init; }

    /// <summary>Print the wall time of each phase to stderr (<c>--timings</c>).</summary>
    public bool Timings { get; init; }

    /// <summary>Workers; null picks 1 against a target (a vendor's server is not ours to load) and 2 against the embedded stub.</summary>
    public int? Parallel { get; init; }

    /// <summary>Known deviations that do not fail the exit code (<c>--baseline</c>).</summary>
    public string? BaselinePath { get; init; }

    /// <summary>PEM EC P-256 private key the certificate is signed with (<c>--sign-key</c>).</summary>
    public string? SignKeyPath { get; init; }
}
