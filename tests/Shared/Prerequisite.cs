namespace Conformance.Testing;

/// <summary>What a test needs from the machine: skipped where it is missing, a failure under CI=true (a broken image).</summary>
internal static class Prerequisite
{
    /// <summary>Ends the test: ignored here, failed when CI=true.</summary>
    public static void Missing(string message)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(message + " (CI=true, so this is a failure)");
        }

        Assert.Ignore(message);
    }
}
