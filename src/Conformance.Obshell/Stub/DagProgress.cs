namespace Conformance.Obshell.Stub;

/// <summary>
/// How DAGs move: one step per poll (the default, so tests never wait on a clock), or, with
/// <see cref="ObshellStubOptions.DagStageDuration"/>, one stage per interval of the stub's clock whether polled or not.
/// Callers hold the cluster gate.
/// </summary>
internal sealed class DagProgress(ClusterState state, ObshellStubOptions options)
{
    public bool IsTimed => options.DagStageDuration is not null;

    /// <summary>A poll of <paramref name="dag"/>: moves it one step, or in timed mode brings every DAG up to the clock.</summary>
    public void Polled(ClusterDag dag, DateTimeOffset now)
    {
        if (IsTimed)
        {
            CatchUp(now);
        }
        else
        {
            Step(dag, now);
        }
    }

    /// <summary>In timed mode, takes every step that fell due; before anything reads membership or the maintenance lock.</summary>
    public void CatchUp(DateTimeOffset now)
    {
        if (options.DagStageDuration is not { } stage)
        {
            return;
        }

        // Materialised: a step may finish a DAG, which changes the set being walked.
        foreach (var dag in state.ActiveDags.ToList())
        {
            while (!dag.IsTerminal && dag.Steps < dag.StepsDue(now, stage))
            {
                Step(dag, now);
            }
        }
    }

    private void Step(ClusterDag dag, DateTimeOffset now)
    {
        if (options.Deviations.Contains(ObshellDeviations.DagNeverSucceeds) && dag.IsRunningLastStage)
        {
            dag.Fail(now);
        }
        else if (dag.Advance(now))
        {
            if (dag.Plan.AddsNode)
            {
                state.Join(dag.Target);
            }
            else if (!options.Deviations.Contains(ObshellDeviations.NodeStaysMember))
            {
                state.Leave(dag.Target);
            }
        }
    }
}
