using System.Text;
using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>
/// The dotnet-test front end of the engine: every scenario and every Examples row of features/ is one NUnit test,
/// run against the embedded reference stub, with its tags as categories.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ReferenceStubSuite
{
    private ReferenceStub _stub = null!;
    private TargetHttp _http = null!;
    private SuiteSession _session = null!;

    public static IEnumerable<TestCaseData> Cases()
    {
        var suite = FeatureLoader.Load(SuiteRoot.Path);
        foreach (var problem in suite.Problems)
        {
            yield return new TestCaseData(null, problem.ToString()).SetName($"{problem.RelativePath} (does not load)");
        }

        foreach (var c in suite.Cases)
        {
            var data = new TestCaseData(c, null).SetName(c.Name);
            foreach (var tag in c.Tags)
            {
                data.SetCategory(tag.TrimStart('@'));
            }

            yield return data;
        }
    }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stub = ReferenceStub.Start();
        _http = new TargetHttp(new HttpOptions());
        _session = await StubSuite.StartSessionAsync(StubSuite.Context(_stub.Profile, _http, SuiteRoot.Path));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _session.DisposeAsync();
        _http.Dispose();
        _stub.Dispose();
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Scenario(ScenarioCase? scenario, string? problem)
    {
        if (scenario is null)
        {
            Assert.Fail(problem ?? "the suite does not load");
            return;
        }

        // Each test starts from the stub's initial state: no scenario depends on another's leftovers.
        _stub.Reset();
        var result = await _session.RunAsync(scenario);
        switch (result.Status)
        {
            case ScenarioStatus.Passed:
                return;
            case ScenarioStatus.NotRun:
                // The stub's profile has every fixture, so nothing may be left unjudged against it.
                Assert.Fail($"{scenario.Location}: not run against the reference stub: {result.Message}");
                return;
            default:
                Assert.Fail(Describe(result));
                return;
        }
    }

    private static string Describe(ScenarioResult result)
    {
        var text = new StringBuilder()
            .AppendLine($"[{result.Case.RequirementId} {(result.Case.Level == RequirementLevel.Must ? "MUST" : "SHOULD")}] {result.Case.Location}")
            .AppendLine($"step: {result.FailedStep}")
            .AppendLine(result.Message);
        if (result.Exchanges is { Count: > 0 } exchanges)
        {
            var last = exchanges[^1];
            text.AppendLine($"last exchange: {last.Method} {last.Url} -> {last.Status}")
                .AppendLine($"request body: {last.RequestBody}")
                .AppendLine($"response body: {last.ResponseBody}");
        }

        return text.ToString();
    }
}
