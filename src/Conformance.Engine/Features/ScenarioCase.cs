using Io.Cucumber.Messages.Types;

namespace Conformance.Engine.Features;

/// <summary>One executable test case: a pickle (a scenario or one Examples row) with its traceability data.</summary>
public sealed record ScenarioCase(
    LoadedFeature Feature,
    Pickle Pickle,
    int PickleIndex,
    string Name,
    string ScenarioTitle,
    IReadOnlyList<string> Tags,
    string RequirementId,
    RequirementLevel Level,
    string Api,
    int Line,
    IReadOnlyDictionary<string, string> ExampleValues,
    Rule? Rule)
{
    /// <summary>"features/x/envelope.feature:12": where a reader finds the scenario.</summary>
    public string Location => $"{Feature.RelativePath}:{Line}";

    /// <summary>Stable key for sharding and result lookup.</summary>
    public string Key => $"{Feature.RelativePath}:{Line}:{Name}";
}

/// <summary>RFC 2119 level a scenario's requirement is held to.</summary>
public enum RequirementLevel
{
    Must,
    Should,
}
