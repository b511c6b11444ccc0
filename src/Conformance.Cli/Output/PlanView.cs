using Conformance.Engine.Planning;

namespace Conformance.Cli.Output;

/// <summary>How a plan reads: a block per API for <c>plan</c>, and the one line <c>run</c> prints before it starts.</summary>
internal static class PlanView
{
    public static void WriteFull(TextWriter output, RunPlan plan)
    {
        foreach (var api in plan.Apis)
        {
            var selected = api.Cases.Count(c => c.Status != "not-selected");
            output.WriteLine($"{api.Api}: {selected} scenario(s) in scope ({api.Cases.Count - selected} not selected by design); "
                + $"{api.Removals} removal(s) needed; the profile lists {api.Nodes} removable node(s); restore: {api.Restore ?? "not configured"}");
            foreach (var (id, reason) in api.UnjudgedMusts)
            {
                output.WriteLine($"  not judged (MUST) {id}: {reason}");
            }

            foreach (var (id, reason) in api.UnjudgedShoulds)
            {
                output.WriteLine($"  not judged (SHOULD) {id}: {reason}");
            }

            foreach (var group in api.Cases.Where(c => c.Status == "not-selected").GroupBy(c => c.Reason))
            {
                output.WriteLine($"  not selected: {group.Count()} scenario(s): {group.Key}");
            }

            output.WriteLine($"  waits: {api.WaitingScenarios} scenario(s) wait on a removal, at most {Duration(api.WaitBound)}"
                + (api.RestoreBound > TimeSpan.Zero ? $", plus restores at most {Duration(api.RestoreBound)}" : string.Empty));
        }

        output.WriteLine(Line(plan));
    }

    /// <summary>"plan: every MUST requirement in scope can be judged; at most 3 h 20 min" or how many cannot, and the first reason.</summary>
    public static string Line(RunPlan plan)
    {
        var unjudged = plan.UnjudgedMusts;
        var bound = $"waiting at most {Duration(plan.UpperBound)} (every removal at its bound)";
        return unjudged.Count == 0
            ? $"plan: every MUST requirement in scope can be judged; {bound}"
            : $"plan: {unjudged.Count} MUST requirement(s) in scope cannot be judged with this profile; first: {unjudged[0].Id}: {unjudged[0].Reason}; {bound}";
    }

    private static string Duration(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours} h {t.Minutes} min" : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} min {t.Seconds} s" : $"{t.TotalSeconds:0} s";
}
