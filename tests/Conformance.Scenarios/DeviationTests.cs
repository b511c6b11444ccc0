using Conformance.Engine.Results;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>
/// Proof that the suite catches what it claims: the reference stub started with each deviation mode must come out
/// not conformant, with the requirement the deviation breaks among the failed ones.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("deviations")]
public sealed class DeviationTests
{
    public static IEnumerable<TestCaseData> Deviations() =>
        StubDeviations.All.Select(d => new TestCaseData(d.Name, d.RequirementId).SetName($"{d.Name} breaks {d.RequirementId}"));

    [TestCase("obshell")]
    [TestCase("cce")]
    public async Task The_undeviating_stub_is_conformant(string api)
    {
        var run = await DeviationRun.RunAsync(api);

        Assert.That(run.Outcome, Is.EqualTo(Outcome.Conformant), string.Join(", ", DeviationRun.FailedRequirements(run)));
    }

    [TestCaseSource(nameof(Deviations))]
    public async Task A_deviation_is_caught(string deviation, string requirementId)
    {
        var api = deviation.StartsWith("obshell-", StringComparison.Ordinal) ? "obshell" : "cce";

        var run = await DeviationRun.RunAsync(api, deviation);

        var failed = DeviationRun.FailedRequirements(run);
        TestContext.Out.WriteLine($"{deviation}: failed {string.Join(", ", failed)}");
        Assert.That(run.Outcome, Is.EqualTo(Outcome.NotConformant), $"abort: {run.AbortReason}; failed: {string.Join(", ", failed)}");
        Assert.That(failed, Does.Contain(requirementId));
    }
}
