using Conformance.Engine.Certification;
using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Results;

namespace Conformance.Engine.Tests.Reports;

/// <summary>A run of the demo suite's real cases whose messages and exchanges a test chooses, and its certificate.</summary>
internal static class ReportFixtures
{
    private static readonly Lazy<FeatureSet> Suite = new(() => FeatureLoader.Load(DemoSuite.Root));

    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<ScenarioCase> Cases => Suite.Value.Cases;

    public static RunResult Run(params ScenarioResult[] results) => new(results, [], At, At.AddSeconds(3));

    /// <summary>A failed case whose message, failed step, fixture log and exchange all carry <paramref name="text"/>.</summary>
    public static ScenarioResult Failed(ScenarioCase c, string text) => new(
        c,
        ScenarioStatus.Failed,
        TimeSpan.FromMilliseconds(12),
        $"expected HTTP 200; body: {text}",
        $"Then {text}",
        [new HttpExchange("GET", $"http://t/{text}", [new("X-Echo", text)], text, 200, [new("Content-Type", "application/json"), new("X-Hostile", text)], text, TimeSpan.FromMilliseconds(5))])
    {
        FixtureLog = [text],
    };

    public static ScenarioResult NotRun(ScenarioCase c, string text) => ScenarioResult.NotRun(c, text);

    public static Certificate Certificate(RunResult run) =>
        CertificateBuilder.Build(run, DemoSuite.Profile, "http://127.0.0.1:1", "sha", "0.0.0-test", Suite.Value.Catalogues);
}
