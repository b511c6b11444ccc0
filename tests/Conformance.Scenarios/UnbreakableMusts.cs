namespace Conformance.Scenarios;

/// <summary>The MUST requirements no stub deviation can break on its own, each with the reason (also in README.md).</summary>
public static class UnbreakableMusts
{
    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>
    {
        // Every MUST of both catalogues is broken by some deviation mode; a requirement added here needs its reason.
    };
}
