namespace Conformance.Engine.Fixtures;

/// <summary>A run's node pool as the reports see it: the profile field it lists, and the nodes restore brought back under new names.</summary>
public interface INodePool
{
    /// <summary>The profile field listing the nodes, e.g. "x.removableNodeUids".</summary>
    string Field { get; }

    /// <summary>Profile name to latest name, for every node that came back under another.</summary>
    IReadOnlyDictionary<string, string> RenamedNames { get; }
}
