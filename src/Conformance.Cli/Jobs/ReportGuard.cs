namespace Conformance.Cli.Jobs;

/// <summary>Runs each report writer so that one failing costs only its own file; the failures go into the certificate.</summary>
internal sealed class ReportGuard
{
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    public void Write(string report, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e)
        {
            // Whatever broke one writer (a bug, a disk, text it cannot carry), the verdict and the other reports were already earned.
            _failures.Add($"{report} could not be written: {OneLine(e.Message)} ({e.GetType().Name})");
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
}
