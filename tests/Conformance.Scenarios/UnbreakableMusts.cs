namespace Conformance.Scenarios;

/// <summary>The MUST requirements no stub deviation can break on its own, each with the reason (also in README.md).</summary>
public static class UnbreakableMusts
{
    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>
    {
        ["CCE-024"] = "its scenarios send the salted form, which hides the plaintext: a server cannot tell a password made "
            + "strong by '!' from one made strong by '?', so no deviation can refuse these and still accept CCE-023's; "
            + "only deviations that break every acceptance (cce-job-never-succeeds, cce-jobid-missing) fail it, as a side effect",
    };
}
