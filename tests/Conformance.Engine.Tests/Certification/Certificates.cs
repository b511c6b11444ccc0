using Conformance.Engine.Certification;

namespace Conformance.Engine.Tests.Certification;

/// <summary>Hand-made certificates: requirement statuses given as "OBS-001:MUST:failed".</summary>
internal static class Certificates
{
    public static Certificate With(params string[] requirements) => Make("sha", "http://t", requirements);

    public static Certificate Make(string sha, string url, params string[] requirements)
    {
        var list = requirements.Select(Requirement).ToList();
        var failedMust = list.Any(r => r is { Level: "MUST", Status: "failed" });
        var at = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new Certificate(
            new HarnessInfo("conformance", "0.1.0"),
            failedMust ? "not-conformant" : "conformant",
            failedMust ? "not-conformant" : "conformant",
            null,
            new TargetInfo(url, ["obshell"], null),
            new SuiteInfo(sha, list.Sum(r => r.Scenarios.Count)),
            at,
            at.AddSeconds(1),
            new CertificateTotals(new StatusCounts(0, 0, 0), new StatusCounts(0, 0, 0), new StatusCounts(0, 0, 0)),
            list,
            [],
            []);
    }

    private static RequirementVerdict Requirement(string spec)
    {
        var p = spec.Split(':');
        var scenarios = p[2] == "not-run" && p.Length == 3
            ? []
            : new List<ScenarioVerdict> { new($"{p[0]} scenario {(p.Length > 3 ? p[3] : "1")}", $"features/x.feature:{(p.Length > 3 ? p[3] : "1")}", p[2], null, null) };
        return new RequirementVerdict(p[0], "obshell", p[1], p[2], p[2] == "failed" ? "features/x.feature:1: boom" : null, scenarios);
    }
}
