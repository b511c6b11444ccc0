using Conformance.Testing;

namespace Conformance.Obshell.Tests.Support;

/// <summary>Checked-in folders of the checkout (<see cref="SourceTree"/>).</summary>
public static class RepoPaths
{
    public static string Root => SourceTree.Root;

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string ObshellSchemas => Path.Combine(Schemas, "obshell");

    public static string Resource(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Resources", name);
}
