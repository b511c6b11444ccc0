using Conformance.Engine.Tags;

namespace Conformance.Engine.Running;

/// <summary>Which cases a run takes and when it gives up on a target.</summary>
public sealed record RunOptions
{
    public TagExpression Tags { get; init; } = TagExpression.Parse(null);

    public Shard? Shard { get; init; }

    /// <summary>After this many cases in a row that could not reach the target, the run stops (exit 3).</summary>
    public int MaxConsecutiveTransportFailures { get; init; } = 3;

    /// <summary>How many cases run at once (cases tagged @serial always run one at a time).</summary>
    public int Workers { get; init; } = 1;

    /// <summary>
    /// Workers against a target unless told otherwise: a real run is mostly waiting on removals, and removals of
    /// different nodes are often independent, so waits overlap; @serial cases still run one at a time.
    /// </summary>
    public const int DefaultTargetWorkers = 8;

    /// <summary>The whole run stops after this long; the remaining cases are not-run.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>One slice of a suite split deterministically across CI jobs: <c>--shard 2/4</c>.</summary>
public sealed record Shard(int Index, int Count)
{
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var index) && int.TryParse(parts[1], out var count) && count > 0 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new ConfigurationException($"--shard '{text}': expected INDEX/COUNT with 1 <= INDEX <= COUNT, e.g. 1/4");
    }

    /// <summary>True when the case with this stable key belongs to this shard (FNV-1a hash, stable across runs and machines).</summary>
    public bool Contains(string key)
    {
        var hash = 2166136261u;
        foreach (var ch in key)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return (int)(hash % (uint)Count) == Index - 1;
    }

    /// <summary>"2/4", the form the certificate records and <c>--shard</c> takes.</summary>
    public override string ToString() => $"{Index}/{Count}";
}
