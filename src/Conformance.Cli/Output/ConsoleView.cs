using Conformance.Engine.Certification;
using Conformance.Engine.Results;
using Spectre.Console;

namespace Conformance.Cli.Output;

/// <summary>What a person watching a run sees: a live progress bar (or one line per scenario in a log), then a summary table.</summary>
internal sealed class ConsoleView(TextWriter output)
{
    private readonly IAnsiConsole _console = Terminal.For(output);

    public void Header(string url, bool embedded, int cases) =>
        output.WriteLine($"conformance judging {url}{(embedded ? " (embedded reference stub)" : string.Empty)}: {cases} scenarios");

    public async Task<RunResult> WithProgressAsync(int total, Func<IProgress<ScenarioResult>, Task<RunResult>> run)
    {
        if (!_console.Profile.Capabilities.Interactive)
        {
            // A log gets plain lines written straight through: Spectre's markup rendering cost about 1 ms a line
            // (a fifth of a full run's wall time) and wrapped long scenario names at 80 columns.
            var done = 0;
            return await run(new SyncProgress<ScenarioResult>(r => output.WriteLine(Line(++done, total, r))));
        }

        RunResult? result = null;
        await _console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("scenarios", maxValue: Math.Max(total, 1));
                var failed = 0;
                result = await run(new SyncProgress<ScenarioResult>(r =>
                {
                    failed += r.Status == ScenarioStatus.Failed ? 1 : 0;
                    task.Description = $"scenarios ({failed} failed)";
                    task.Increment(1);
                }));
            });
        return result!;
    }

    public void Summary(Certificate certificate, RunResult run, string outDir)
    {
        var table = new Table().Title("Requirements").AddColumns("API", "Level", "Passed", "Failed", "Not run", "Not selected");
        foreach (var api in certificate.Requirements.GroupBy(r => r.Api))
        {
            foreach (var level in api.GroupBy(r => r.Level).OrderBy(g => g.Key))
            {
                table.AddRow(api.Key, level.Key,
                    level.Count(r => r.Status == "passed").ToString(),
                    level.Count(r => r.Status == "failed").ToString(),
                    level.Count(r => r.Status == RequirementStatus.NotRun).ToString(),
                    level.Count(r => r.Status == RequirementStatus.NotSelected).ToString());
            }
        }

        _console.Write(table);
        foreach (var failed in certificate.Requirements.Where(r => r.Status == "failed"))
        {
            _console.MarkupLine($"[red]FAILED[/] {failed.Id} ({failed.Level}): {Markup.Escape(Printable((failed.FirstFailure ?? string.Empty).Split('\n')[0]))}");
        }

        foreach (var problem in run.Problems)
        {
            _console.MarkupLine($"[red]SUITE PROBLEM[/] {Markup.Escape(problem.ToString())}");
        }

        // Plain lines from here: Spectre wraps markup at 80 columns, and CI logs are read a line at a time.
        var unjudged = certificate.Requirements.Where(r => r is { Level: "MUST", Status: RequirementStatus.NotRun }).Select(r => r.Id).ToList();
        if (unjudged.Count > 0)
        {
            output.WriteLine($"not judged (MUST): {string.Join(", ", unjudged)} (each one's reason is in certificate.json, junit.xml and report.html)");
        }

        var s = certificate.Totals.Scenarios;
        output.WriteLine($"{s.Passed} passed, {s.Failed} failed, {s.NotRun} not run, {s.NotSelected} not selected in {(run.EndedAt - run.StartedAt).TotalSeconds:0.0} s; verdict: {certificate.Outcome}");
        if (certificate.Outcome == "incomplete")
        {
            output.WriteLine(Printable(certificate.Reason ?? string.Empty));
        }
        output.WriteLine($"reports: {outDir}");
    }

    private static string Line(int done, int total, ScenarioResult r)
    {
        var status = r.Status switch
        {
            ScenarioStatus.Passed => "passed ",
            ScenarioStatus.Failed => "FAILED ",
            ScenarioStatus.NotSelected => "not selected",
            _ => "not run",
        };
        var why = r.Status == ScenarioStatus.Passed ? string.Empty : $" — {Printable((r.Message ?? string.Empty).Split('\n')[0])}";
        return $"[{done}/{total}] {status} {r.Case.RequirementId} {r.Case.Name}{why}";
    }

    // A failure message may quote the target: no terminal escape sequence or other control character of its reaches the console.
    internal static string Printable(string text) =>
        string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
}
