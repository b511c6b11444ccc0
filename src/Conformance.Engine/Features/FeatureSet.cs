namespace Conformance.Engine.Features;

/// <summary>What loading a suite produced: the features, their test cases, and the files or scenarios that could not be used.</summary>
public sealed record FeatureSet(
    string SuiteRoot,
    IReadOnlyList<LoadedFeature> Features,
    IReadOnlyList<ScenarioCase> Cases,
    IReadOnlyList<SuiteProblem> Problems)
{
    /// <summary>The requirements catalogues (features/*/requirements.yaml) the cases trace to.</summary>
    public IReadOnlyList<Catalogue.RequirementCatalogue> Catalogues { get; init; } = [];
}
