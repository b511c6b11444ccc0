using Conformance.Engine.Features;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;

namespace Conformance.Engine.Planning;

/// <summary>What one scenario in scope is expected to be: judged, not selected (by design) or not run, and why.</summary>
public sealed record PlannedCase(ScenarioCase Case, string Status, string? Reason);

/// <summary>One API's share of a plan: scenarios, removals against nodes, restore, and the longest the waits may take.</summary>
public sealed record ApiPlan(
    string Api,
    IReadOnlyList<PlannedCase> Cases,
    int Removals,
    int Nodes,
    string? Restore,
    int WaitingScenarios,
    TimeSpan WaitBound,
    TimeSpan RestoreBound)
{
    /// <summary>The longest this API's waits may take: every removal and every restore at its bound.</summary>
    public TimeSpan LongestWait => WaitBound + RestoreBound;

    /// <summary>MUST requirements in scope that would be not-run, with the first reason each.</summary>
    public IReadOnlyList<(string Id, string Reason)> UnjudgedMusts => Unjudged(RequirementLevel.Must);

    public IReadOnlyList<(string Id, string Reason)> UnjudgedShoulds => Unjudged(RequirementLevel.Should);

    private List<(string Id, string Reason)> Unjudged(RequirementLevel level) =>
        Cases.Where(c => c.Case.Level == level && c.Status == "not-run")
            .GroupBy(c => c.Case.RequirementId, StringComparer.Ordinal)
            .Select(g => (g.Key, $"{g.First().Case.Location}: {g.First().Reason}"))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
}

/// <summary>
/// What a run would judge, sent nothing: the cases in scope, those out of reach by design, those a missing fixture or
/// too few nodes would leave not-run, and an upper bound on the wall time from the profile's bounds.
/// </summary>
public sealed record RunPlan(IReadOnlyList<ApiPlan> Apis)
{
    public IReadOnlyList<(string Id, string Reason)> UnjudgedMusts => [.. Apis.SelectMany(a => a.UnjudgedMusts)];

    /// <summary>The longest the run may take when every removal takes its whole bound: the APIs run side by side.</summary>
    public TimeSpan UpperBound => Apis.Select(a => a.LongestWait).DefaultIfEmpty(TimeSpan.Zero).Max();

    public static RunPlan Build(IEnumerable<ScenarioCase> cases, TargetProfile profile, RunOptions options, IReadOnlyList<FixtureNeed> needs)
    {
        var inScope = Scope.Select(cases, options, profile).ToList();
        return new RunPlan(profile.Apis.Select(api => ForApi(api, inScope.Where(c => c.Api == api).ToList(), profile, options, needs)).ToList());
    }

    private static ApiPlan ForApi(string api, IReadOnlyList<ScenarioCase> cases, TargetProfile profile, RunOptions options, IReadOnlyList<FixtureNeed> needs)
    {
        var section = profile.Section(api)!;
        var (nodes, restore, timeout, restoreTimeout) = (section.RemovableCount, section.Restore, section.RemovalTimeoutSeconds, section.Restore?.TimeoutSeconds ?? 0);
        var planned = new List<PlannedCase>();
        foreach (var c in cases)
        {
            var missing = needs.FirstOrDefault(n => n.Api == api && !n.Present(profile) && c.Pickle.Steps.Any(s => n.Matches(s.Text)));
            planned.Add(Scope.NotSelectedReason(c, profile) is { } outOfReach ? new PlannedCase(c, "not-selected", outOfReach)
                : missing is not null ? new PlannedCase(c, "not-run", $"the profile has no '{missing.Field}' fixture")
                : new PlannedCase(c, "judged", null));
        }

        // Nodes are spent in the order the run spends them: consumers after every borrower, MUST ones first.
        var left = nodes;
        var field = section.RemovableField;
        foreach (var i in Enumerable.Range(0, planned.Count).OrderBy(i => planned[i].Case.Level))
        {
            var c = planned[i];
            if (c.Status != "judged" || !Scope.Consumes(c.Case))
            {
                continue;
            }

            var needed = Scope.NodesNeeded(c.Case);
            if (restore is null && needed > left)
            {
                planned[i] = c with { Status = "not-run", Reason = Fixtures.NodePool<string>.NoneLeft(needed, nodes, field, restoreConfigured: false) };
            }
            else if (restore is null)
            {
                left -= needed;
            }
        }

        var judgedConsumers = planned.Where(c => c.Status == "judged" && Scope.Consumes(c.Case)).ToList();
        var waiting = planned.Count(c => c.Status == "judged" && Scope.WaitsOnRemoval(c.Case, profile));
        var restores = restore is null ? 0 : judgedConsumers.Sum(c => Scope.NodesNeeded(c.Case));

        // An API with one maintenance task at a time removes one node at a time; others remove different nodes side by side, as many as there are lanes and nodes.
        var lanes = section.OneRemovalAtATime ? 1 : Math.Max(1, Math.Min(Math.Max(1, options.Workers - 1), Math.Max(1, nodes)));
        var waitBound = TimeSpan.FromSeconds((double)waiting * timeout / lanes);
        var restoreBound = TimeSpan.FromSeconds((double)restores * restoreTimeout / lanes);
        return new ApiPlan(
            api,
            planned,
            judgedConsumers.Sum(c => Scope.NodesNeeded(c.Case)),
            nodes,
            restore is null ? null : string.Join(" then ", restore.Strategies),
            waiting,
            waitBound,
            restoreBound);
    }
}
