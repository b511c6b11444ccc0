using Conformance.Cli.Output;
using Conformance.Engine.Catalogue;
using Conformance.Engine.Certification;
using Conformance.Engine.Reports;
using Conformance.Engine.Results;
using Conformance.Engine.Secrets;

namespace Conformance.Cli.Jobs;

/// <summary>
/// A judged result written and concluded the same way by every command that certifies: junit.xml and report.html
/// guarded, certificate.json last so it lists what could not be written, then the gate's word, the lost reports and
/// the exit code with its one line on stderr.
/// </summary>
internal static class JudgedReports
{
    public const string CertificateFile = "certificate.json";

    /// <summary>Writes the reports of <paramref name="run"/>; the certificate as written (with the lost reports as problems).</summary>
    public static Certificate Write(ReportSet reports, RunResult run, Certificate judged, IReadOnlyList<RequirementCatalogue> catalogues, SecretMasker masker, Gating gating)
    {
        reports.Write("junit.xml", path => JUnitWriter.Write(run, path));
        reports.Write("report.html", path => LivingDocWriter.Write(path, ReportFailures.Apply(judged, reports.Failures), run, catalogues, masker.Apply));

        // Written last, so it lists every report that could not be written.
        var certificate = ReportFailures.Apply(judged, reports.Failures);
        AtomicFile.WriteAllText(reports.PathOf(CertificateFile), gating.Seal(masker.Apply(CertificateJson.Serialize(certificate))));
        return certificate;
    }

    /// <summary>The gate's report and the lost reports on stdout; the exit code, with the reason on stderr when it is not 0.</summary>
    public static async Task<int> ConcludeAsync(Certificate certificate, ReportSet reports, Gating gating, TextWriter output, TextWriter error)
    {
        await gating.ReportAsync(certificate, output);
        await reports.PrintFailuresAsync(output);
        var code = gating.ExitCode(certificate);
        if (code != ExitCodes.Conformant)
        {
            // The reason may quote the target: none of its control characters reaches the terminal.
            await error.WriteLineAsync(ConsoleView.Printable($"{certificate.Outcome}: {certificate.Reason} (see {reports.PathOf(CertificateFile)})"));
        }

        return code;
    }
}
