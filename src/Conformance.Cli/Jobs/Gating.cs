using System.Security.Cryptography;
using Conformance.Engine.Certification;
using Conformance.Engine.Running;

namespace Conformance.Cli.Jobs;

/// <summary>The CI side of a run: records the shard, applies the baseline, signs the certificate, and picks the exit code.</summary>
internal sealed class Gating(Baseline? baseline, ECDsa? signKey, bool allowIncomplete) : IDisposable
{
    /// <summary>Reads the baseline and key before the run starts, so a bad file is a usage error, not a wasted run.</summary>
    public static Gating Load(RunRequest request) => new(
        request.BaselinePath is null ? null : Baseline.Load(request.BaselinePath),
        request.SignKeyPath is null ? null : SigningKeys.LoadPrivate(request.SignKeyPath),
        request.AllowIncomplete);

    public Certificate Annotate(Certificate certificate, Shard? shard) => certificate with
    {
        Shard = shard?.ToString(),
        Baseline = baseline is null ? null : BaselineGate.Report(certificate, baseline),
    };

    /// <summary>The certificate text as written: signed after secrets are masked, so the signature covers the file's content.</summary>
    public string Seal(string certificateJson) => signKey is null ? certificateJson : CertificateSigner.Sign(certificateJson, signKey);

    public int ExitCode(Certificate certificate) => BaselineGate.ExitCode(certificate, baseline, allowIncomplete);

    public async Task ReportAsync(Certificate certificate, TextWriter output)
    {
        if (certificate.Baseline is not { } report)
        {
            return;
        }

        foreach (var d in report.Applied)
        {
            await output.WriteLineAsync($"baseline: {d.Id} fails as known ({d.Reason})");
        }

        foreach (var d in report.NowPassing)
        {
            await output.WriteLineAsync($"baseline: {d.Id} now passes; remove it from the baseline");
        }
    }

    public void Dispose() => signKey?.Dispose();
}
