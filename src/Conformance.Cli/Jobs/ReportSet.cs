using Conformance.Engine.Reports;

namespace Conformance.Cli.Jobs;

/// <summary>
/// How every command writes its reports: each one guarded so that one failing costs only its own file, the failures
/// kept for the file written last (the certificate lists them) and printed the same way by every command.
/// </summary>
internal sealed class ReportSet(string outDir)
{
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Where <paramref name="file"/> goes.</summary>
    public string PathOf(string file) => Path.Combine(outDir, file);

    /// <summary>Runs <paramref name="write"/> with the report's path; a failure is recorded, never thrown.</summary>
    public void Write(string report, Action<string> write)
    {
        try
        {
            write(PathOf(report));
        }
        catch (Exception e)
        {
            // Whatever broke one writer (a bug, a disk, text it cannot carry), the verdict and the other reports were already earned.
            _failures.Add($"{report} could not be written: {CliApp.OneLine(e.Message)} ({e.GetType().Name})");
        }
    }

    /// <summary>Writes the text <paramref name="text"/> builds, atomically, as <paramref name="report"/>.</summary>
    public void WriteText(string report, Func<string> text) => Write(report, path => AtomicFile.WriteAllText(path, text()));

    /// <summary>One "report error:" line per report that could not be written (stdout: stderr keeps the one line saying why the exit is not 0).</summary>
    public async Task PrintFailuresAsync(TextWriter output)
    {
        foreach (var failure in _failures)
        {
            await output.WriteLineAsync($"report error: {failure}");
        }
    }
}
