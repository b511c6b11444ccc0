namespace Conformance.Scenarios;

/// <summary>
/// The checkout's suite (features/ and schemas/): $CONFORMANCE_SUITE when set (builds with --artifacts-path live
/// outside the checkout), else found by walking up from the test assembly or the current folder.
/// </summary>
internal static class SuiteRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("CONFORMANCE_SUITE") is { Length: > 0 } given)
        {
            return given;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Conformance.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"no Conformance.sln above {AppContext.BaseDirectory}; set CONFORMANCE_SUITE");
    }
}
