using System.Reflection;

namespace Conformance.Cli.Jobs;

/// <summary>The assemblies whose [Binding] classes implement the suite's steps, one per API.</summary>
internal static class BindingAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } =
    [
        typeof(Conformance.Obshell.Stub.ObshellStub).Assembly,
        typeof(Conformance.Cce.Stub.CceStub).Assembly,
    ];
}
