using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Engine.Tags;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>Runs one API's MUST cases through the engine against a reference stub started with the given deviations.</summary>
internal static class DeviationRun
{
    private static readonly Lazy<FeatureSet> Suite = new(() => FeatureLoader.Load(SuiteRoot.Path));

    public static FeatureSet LoadedSuite => Suite.Value;

    public static async Task<RunResult> RunAsync(string api, params string[] deviations)
    {
        using var stub = ReferenceStub.Start(deviations: deviations);
        using var http = new TargetHttp(new HttpOptions());
        var context = StubSuite.Context(stub.Profile, http, SuiteRoot.Path);
        // Only MUST cases decide Outcome.NotConformant, and one API's cases are enough: this keeps each run short.
        var suite = Suite.Value with { Cases = [.. Suite.Value.Cases.Where(c => c.Api == api)] };
        var options = new RunOptions { Tags = TagExpression.Parse("@must"), Deadline = TimeSpan.FromSeconds(60) };
        var session = await StubSuite.StartSessionAsync(context);
        try
        {
            return await ConformanceRun.ExecuteAsync(session, suite, options);
        }
        finally
        {
            await session.DisposeAsync();
        }
    }

    /// <summary>The requirement ids of the failed cases, distinct and sorted.</summary>
    public static IReadOnlyList<string> FailedRequirements(RunResult run) =>
        [.. run.Results.Where(r => r.Status == ScenarioStatus.Failed).Select(r => r.Case.RequirementId).Distinct().Order(StringComparer.Ordinal)];
}
