using Conformance.Engine.Planning;

namespace Conformance.Cce.Steps;

/// <summary>The CCE steps that need a profile fixture (the drivers throw FixtureMissingException naming the same field).</summary>
public static class CceFixtureNeeds
{
    public static IReadOnlyList<FixtureNeed> All { get; } =
    [
        new("cce", "removable", "cce.removableNodeUids", p => p.Cce?.RemovableNodeUids.Count > 0),
        new("cce", "^a request to remove the unknown node of the profile$|because of an unknown node$", "cce.unknownNodeUid", p => p.Cce?.UnknownNodeUid is not null),
        new("cce", "^the request targets the unknown cluster of the profile$|because of an unknown cluster$", "cce.unknownClusterId", p => p.Cce?.UnknownClusterId is not null),
        new("cce", "signed with|wrong signature", "cce.auth.akEnv and cce.auth.skEnv", p => p.Cce?.Auth is { AkEnv: not null, SkEnv: not null }),
    ];
}
