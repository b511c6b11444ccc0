using Conformance.Engine.Features;
using Conformance.Engine.Profiles;

namespace Conformance.Engine.Running;

/// <summary>
/// What a run takes on: the cases <c>--api</c>, <c>--tags</c> and <c>--shard</c> select, which of them are out of
/// reach by design (not-selected, with why), and which consume a removable node.
/// </summary>
public static class Scope
{
    public const string SerialTag = "@serial";

    /// <summary>A scenario whose accepted removal takes a node out of the cluster (rather than only borrowing one to be refused).</summary>
    public const string ConsumesTag = "@consumes-node";

    public const string ReferenceStubOnlyTag = "@reference-stub-only";

    /// <summary>Prefix of a tag naming how many removable nodes one request needs at once, e.g. <c>@needs-nodes:200</c>.</summary>
    public const string NeedsNodesPrefix = "@needs-nodes:";

    /// <summary>The cases in scope: matching the tag expression, in this shard, of an API the profile judges.</summary>
    public static IEnumerable<ScenarioCase> Select(IEnumerable<ScenarioCase> cases, RunOptions options, TargetProfile? profile = null) =>
        cases.Where(c => options.Tags.Matches(c.Tags)
            && (options.Shard is null || options.Shard.Contains(c.Key))
            && (profile is null || profile.Covers(c.Api)));

    /// <summary>Why a case in scope is out of reach of this target by design, or null when it can be run.</summary>
    public static string? NotSelectedReason(ScenarioCase c, TargetProfile profile)
    {
        if (Has(c, ReferenceStubOnlyTag) && !profile.ReferenceStub)
        {
            return "@reference-stub-only: needs a state only the reference stub can be put into on demand (the profile is not \"referenceStub\": true)";
        }

        return profile.Section(c.Api)?.NotSelectedReason(c);
    }

    public static bool Consumes(ScenarioCase c) => Has(c, ConsumesTag);

    /// <summary>
    /// Whether the case needs a removal of its own to run to its end: it consumes a node, or its API's section says so
    /// (a task it operates on). After a removal of its API outlived its bound such a case is not-run, blocked.
    /// </summary>
    public static bool WaitsOnRemoval(ScenarioCase c, TargetProfile profile) => Consumes(c) || profile.Section(c.Api)?.NeedsOwnRemoval(c) == true;

    public static bool IsSerial(ScenarioCase c) => Has(c, SerialTag);

    /// <summary>Removable nodes one request of the case needs at once (1 unless tagged <c>@needs-nodes:N</c>).</summary>
    public static int NodesNeeded(ScenarioCase c) =>
        c.Tags.Select(t => t.StartsWith(NeedsNodesPrefix, StringComparison.OrdinalIgnoreCase) && int.TryParse(t.AsSpan(NeedsNodesPrefix.Length), out var n) ? n : 0)
            .DefaultIfEmpty(0).Max() is > 0 and var count ? count : 1;

    /// <summary>Whether the case carries <paramref name="tag"/> (case-insensitive, as tag expressions match).</summary>
    public static bool Has(ScenarioCase c, string tag) => c.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);
}
