using Conformance.Testing;

namespace Conformance.Report.Tests;

/// <summary>Debian's Chromium, which Playwright drives here (its own browser download does not work on this machine).</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Skips the test where Chromium is missing, except under CI=true, where a missing browser is a failure.</summary>
    public static void Require()
    {
        if (File.Exists(Path))
        {
            return;
        }

        Prerequisite.Missing($"{Path} is missing (apt-get install -y chromium); .ci/run installs it");
    }
}
