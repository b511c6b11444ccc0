namespace Conformance.Testing;

/// <summary>The checkout the tests belong to (shared by the test projects): $CONFORMANCE_SUITE, the folder above the test assembly holding Conformance.sln, or the one it was built from.</summary>
internal static class SourceTree
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("CONFORMANCE_SUITE") is { Length: > 0 } given
            && File.Exists(Path.Combine(given, "Conformance.sln")))
        {
            return given;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        var built = typeof(SourceTree).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "SourceRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "Conformance.sln")))
        {
            return built;
        }

        throw new DirectoryNotFoundException($"no Conformance.sln above {AppContext.BaseDirectory}; set CONFORMANCE_SUITE");
    }
}
