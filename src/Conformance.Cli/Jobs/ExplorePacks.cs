using Conformance.Cce.Explore;
using Conformance.Engine.Explore;
using Conformance.Obshell.Explore;

namespace Conformance.Cli.Jobs;

/// <summary>The APIs explore and replay know, by the name a replay file and <c>--api</c> give, in the order they are explored.</summary>
internal static class ExplorePacks
{
    public static IReadOnlyList<(string Api, IExplorePack Pack)> All { get; } = [("obshell", new ObshellExplorePack()), ("cce", new CceExplorePack())];
}
