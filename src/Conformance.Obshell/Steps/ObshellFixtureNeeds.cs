using Conformance.Engine.Planning;

namespace Conformance.Obshell.Steps;

/// <summary>The obshell steps that need a profile fixture (the drivers throw FixtureMissingException naming the same field).</summary>
public static class ObshellFixtureNeeds
{
    public static IReadOnlyList<FixtureNeed> All { get; } =
    [
        new("obshell", "^a removable node$", "obshell.removable", p => p.Obshell?.Removable.Count > 0),
        new("obshell", "^the profile's node that is not a member$", "obshell.nonMember", p => p.Obshell?.NonMember is not null),
        new("obshell", "^a node whose forced removal would cost a log stream its majority$", "obshell.majorityAtRisk", p => p.Obshell?.MajorityAtRisk.Count > 0),
        new("obshell", "^another member the maintenance lock must refuse$", "obshell.removable (a second entry) or obshell.majorityAtRisk",
            p => p.Obshell is { } o && (o.Removable.Count > 1 || o.MajorityAtRisk.Count > 0)),
    ];
}
