using Conformance.Engine;

namespace Conformance.Cli.Jobs;

/// <summary>Finds the suite (features/ and schemas/): given, shipped beside the binary, or in the checkout the command runs from.</summary>
internal static class SuiteLocator
{
    public static string Find(string? given)
    {
        if (given is not null)
        {
            return IsSuite(given) ? Path.GetFullPath(given) : throw new ConfigurationException($"--suite {given}: no features/ folder there");
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "suite");
        if (IsSuite(shipped))
        {
            return shipped;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (IsSuite(dir.FullName))
            {
                return dir.FullName;
            }
        }

        throw new ConfigurationException($"no suite found: expected features/ beside the harness ({shipped}) or in a parent of the current folder");
    }

    private static bool IsSuite(string dir) => Directory.Exists(Path.Combine(dir, "features"));
}
