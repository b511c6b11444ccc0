using Conformance.Engine.Results;

namespace Conformance.Engine.Certification;

/// <summary>
/// Gates a run on a baseline: the certificate keeps the true verdict, but MUST failures the baseline lists do not fail
/// the exit code. A new failure, a suite problem or an unreachable target still do.
/// </summary>
public static class BaselineGate
{
    public static BaselineReport Report(Certificate certificate, Baseline baseline)
    {
        var status = certificate.Requirements.ToDictionary(r => r.Id, r => r.Status, StringComparer.Ordinal);
        return new BaselineReport(
            baseline.Deviations.Where(d => status.GetValueOrDefault(d.Id) == "failed").ToList(),
            baseline.Deviations.Where(d => status.GetValueOrDefault(d.Id) == "passed").ToList());
    }

    /// <summary>The exit code of a certified run under an optional baseline.</summary>
    /// <param name="allowIncomplete">A user who knowingly gates on what a small cluster can show: incomplete exits 0 (the certificate still says incomplete).</param>
    public static int ExitCode(Certificate certificate, Baseline? baseline, bool allowIncomplete = false)
    {
        var code = certificate.Outcome switch
        {
            "conformant" => ExitCodes.Conformant,
            "not-conformant" => ExitCodes.NotConformant,
            "incomplete" => ExitCodes.Incomplete,
            "configuration-error" => ExitCodes.UsageError,
            _ => ExitCodes.TargetUnreachable,
        };

        // A broken suite is never a known deviation of the target.
        if (code == ExitCodes.NotConformant && baseline is not null && certificate.Problems.Count == 0 && Unexcused(certificate, baseline).Count == 0)
        {
            code = certificate.Requirements.Any(r => r is { Level: "MUST", Status: RequirementStatus.NotRun }) ? ExitCodes.Incomplete : ExitCodes.Conformant;
        }

        return code == ExitCodes.Incomplete && allowIncomplete ? ExitCodes.Conformant : code;
    }

    /// <summary>The failed MUST requirements the baseline does not list.</summary>
    public static IReadOnlyList<string> Unexcused(Certificate certificate, Baseline? baseline) =>
        certificate.Requirements
            .Where(r => r is { Level: "MUST", Status: "failed" } && baseline?.Covers(r.Id) != true)
            .Select(r => r.Id)
            .ToList();
}
