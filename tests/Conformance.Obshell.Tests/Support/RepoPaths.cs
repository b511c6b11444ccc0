namespace Conformance.Obshell.Tests.Support;

/// <summary>Locates checked-in folders by walking up from the test assembly.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string ObshellSchemas => Path.Combine(Schemas, "obshell");

    public static string Resource(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Resources", name);

    private static string FindRoot()
    {
        // Builds with --artifacts-path run from outside the checkout; CONFORMANCE_SUITE names it then.
        if (Environment.GetEnvironmentVariable("CONFORMANCE_SUITE") is { Length: > 0 } given)
        {
            return given;
        }

        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")) || Directory.Exists(Path.Combine(dir.FullName, "schemas", "obshell")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("no ancestor of the test directory holds schemas/obshell");
    }
}
