using Conformance.Engine.Results;

namespace Conformance.Engine.Certification;

/// <summary>Records reports the harness could not write in the certificate: as problems, and a run with one is never conformant.</summary>
public static class ReportFailures
{
    /// <remarks>
    /// A conformant or incomplete verdict becomes not-conformant (exit 1, the suite itself is broken), as a suite problem
    /// does: a CI gate must not go green on a run whose reports are missing. A worse outcome (not-conformant, could-not-run)
    /// keeps its verdict, reason and exit code; the failures are still listed.
    /// </remarks>
    public static Certificate Apply(Certificate certificate, IReadOnlyList<string> failures)
    {
        if (failures.Count == 0)
        {
            return certificate;
        }

        var problems = certificate.Problems.Concat(failures).ToList();
        if (certificate.Outcome is not ("conformant" or "incomplete"))
        {
            return certificate with { Problems = problems };
        }

        return certificate with
        {
            Problems = problems,
            Verdict = CertificateBuilder.VerdictName(Outcome.NotConformant),
            Outcome = CertificateBuilder.OutcomeName(Outcome.NotConformant),
            Reason = $"the harness could not write {failures.Count} report(s): {failures[0]}",
        };
    }
}
