namespace Conformance.Obshell.Stub;

/// <summary>What a DAG is: its name, its stages, and whether its success adds its target to the cluster or removes it.</summary>
internal sealed record DagPlan(string Name, IReadOnlyList<string> Stages, bool AddsNode)
{
    public static readonly DagPlan ScaleIn = new(DagVocabulary.DagName, DagVocabulary.Stages, AddsNode: false);

    public static readonly DagPlan ForceKillScaleIn = new(DagVocabulary.DagName, DagVocabulary.ForceKillStages, AddsNode: false);

    public static readonly DagPlan ScaleOut = new(DagVocabulary.ScaleOutDagName, DagVocabulary.ScaleOutStages, AddsNode: true);
}
