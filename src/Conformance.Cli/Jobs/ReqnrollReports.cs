using Conformance.Engine.Reports;

namespace Conformance.Cli.Jobs;

/// <summary>
/// Points Reqnroll's own html and message formatters at the out folder (cucumber.html beside the living
/// documentation in report.html, and cucumber.ndjson). They read their settings from the environment
/// when the run starts, and write when it ends; the files are written under temporary names and renamed, so a reader
/// never sees half a report.
/// </summary>
internal sealed class ReqnrollReports : IDisposable
{
    private const string HtmlVariable = "REQNROLL_FORMATTERS_HTML";
    private const string MessageVariable = "REQNROLL_FORMATTERS_MESSAGE";
    private readonly string? _previousHtml = Environment.GetEnvironmentVariable(HtmlVariable);
    private readonly string? _previousMessage = Environment.GetEnvironmentVariable(MessageVariable);
    private readonly (string Temp, string Final)[] _files;

    public ReqnrollReports(string outDir)
    {
        var id = Guid.NewGuid().ToString("N");
        _files =
        [
            (Path.Combine(outDir, $".cucumber.html.{id}.tmp"), Path.Combine(outDir, "cucumber.html")),
            (Path.Combine(outDir, $".cucumber.ndjson.{id}.tmp"), Path.Combine(outDir, "cucumber.ndjson")),
        ];
        Environment.SetEnvironmentVariable(HtmlVariable, $"outputFilePath={_files[0].Temp}");
        Environment.SetEnvironmentVariable(MessageVariable, $"outputFilePath={_files[1].Temp}");
    }

    /// <summary>
    /// Writes the finished reports under their final names, masked (Reqnroll records failure messages, which may quote a
    /// secret a target echoed); call after the Reqnroll run has ended.
    /// </summary>
    public void Complete(Func<string, string> mask)
    {
        foreach (var (temp, final) in _files)
        {
            if (File.Exists(temp))
            {
                AtomicFile.WriteAllText(final, mask(File.ReadAllText(temp)));
                File.Delete(temp);
            }
        }
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(HtmlVariable, _previousHtml);
        Environment.SetEnvironmentVariable(MessageVariable, _previousMessage);
        foreach (var (temp, _) in _files)
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
