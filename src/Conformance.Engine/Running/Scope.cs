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

    public const string DagOperationsTag = "@dag-operations";

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

        if (Has(c, DagOperationsTag) && profile.Obshell is { DagOperations: false })
        {
            return "@dag-operations: the profile says the target does not allow DAG operations (obshell.dagOperations is false)";
        }

        if (NodesNeeded(c) is > 1 and var needed && c.Api == "cce" && profile.Cce is { } cce
            && cce.RemovableNodeUids.Distinct(StringComparer.Ordinal).Count() is var listed && listed < needed)
        {
            return $"needs {needed} removable node uids at once; the profile lists {listed} (cce.removableNodeUids)";
        }

        return null;
    }

    public static bool Consumes(ScenarioCase c) => Has(c, ConsumesTag);

    /// <summary>
    /// Whether the case needs a removal of its own to run to its end: it consumes a node, or operates a DAG. After a
    /// removal of its API outlived its bound such a case is not-run, blocked (an obshell DAG that never ends also keeps
    /// the cluster's maintenance lock, so no later scale-in could be accepted).
    /// </summary>
    public static bool WaitsOnRemoval(ScenarioCase c) => Consumes(c) || Has(c, DagOperationsTag);

    public static bool IsSerial(ScenarioCase c) => Has(c, SerialTag);

    /// <summary>Removable nodes one request of the case needs at once (1 unless tagged <c>@needs-nodes:N</c>).</summary>
    public static int NodesNeeded(ScenarioCase c) =>
        c.Tags.Select(t => t.StartsWith(NeedsNodesPrefix, StringComparison.OrdinalIgnoreCase) && int.TryParse(t.AsSpan(NeedsNodesPrefix.Length), out var n) ? n : 0)
            .DefaultIfEmpty(0).Max() is > 0 and var count ? count : 1;

    private static bool Has(ScenarioCase c, string tag) => c.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);
}
