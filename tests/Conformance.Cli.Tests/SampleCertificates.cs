using Conformance.Engine.Certification;

namespace Conformance.Cli.Tests;

/// <summary>Hand-made certificate files: requirement statuses given as "OBS-001:MUST:failed".</summary>
internal static class SampleCertificates
{
    public static string Json(string sha, params string[] requirements)
    {
        var list = requirements.Select(s => s.Split(':'))
            .Select(p => new RequirementVerdict(p[0], "obshell", p[1], p[2], p[2] == "failed" ? "features/x.feature:1: boom" : null,
                [new ScenarioVerdict(p[0], $"features/x.feature:{p[0]}", p[2], null, null)]))
            .ToList();
        var mustFailed = list.Any(r => r is { Level: "MUST", Status: "failed" });
        var verdict = mustFailed ? "not-conformant" : "conformant";
        var at = DateTimeOffset.UnixEpoch;
        var empty = new StatusCounts(0, 0, 0);
        return CertificateJson.Serialize(new Certificate(
            new HarnessInfo("conformance", "0.1.0"), verdict, verdict, null, new TargetInfo("http://t", ["obshell"], null),
            new SuiteInfo(sha, list.Count), at, at, new CertificateTotals(empty, empty, empty), list, [], []));
    }
}
