namespace Conformance.Engine.Explore;

/// <summary>A broken check with the smallest request found that still breaks it and the answer to that request.</summary>
public sealed record Finding(string Api, Violation Violation, ProbeRequest Request, int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The replay file written for it, relative to the output folder.</summary>
    public string? ReplayFile { get; init; }

    /// <summary>How many smaller requests were tried while shrinking, and how many of them still broke the check.</summary>
    public int ShrinkTried { get; init; }

    public int ShrinkReproduced { get; init; }
}
