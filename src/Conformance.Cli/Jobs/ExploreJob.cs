using System.Security.Cryptography;
using System.Text.Json;
using Conformance.Cli.Output;
using Conformance.Engine;
using Conformance.Engine.Explore;
using Conformance.Engine.Explore.Output;
using Conformance.Engine.Http;
using Conformance.Engine.Packs;
using Conformance.Engine.Reports;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Engine.Secrets;

namespace Conformance.Cli.Jobs;

/// <summary>One <c>conformance explore</c>: generated requests against each API, findings shrunk and written as replay files.</summary>
internal sealed class ExploreJob(TextWriter output, TextWriter error)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<int> ExecuteAsync(ExploreRequest request, CancellationToken cancellation)
    {
        if (request.Budget < 1 || request.Seconds <= 0 || !(request.RequestTimeoutSeconds > 0))
        {
            await error.WriteLineAsync("usage error: --budget, --seconds and --request-timeout must be positive");
            return ExitCodes.UsageError;
        }

        return await TargetSession.RunAsync(
            () => new RunRequest { Target = request.Target, ProfilePath = request.ProfilePath, Api = request.Api, Packs = request.Packs },
            new HttpOptions { RequestTimeout = TimeSpan.FromSeconds(request.RequestTimeoutSeconds) },
            error,
            cancellation,
            session => ExploreAsync(session, request, cancellation));
    }

    private async Task<int> ExploreAsync(TargetSession session, ExploreRequest request, CancellationToken cancellation)
    {
        var (target, run, masker) = (session.Target, session.Context, session.Masker);
        var outDir = Path.GetFullPath(request.OutDir);
        Directory.CreateDirectory(outDir);
        var seed = request.Seed ?? BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
        await output.WriteLineAsync($"conformance exploring {target.Url}{(target.EmbeddedStub is null ? string.Empty : " (embedded reference stub)")}: seed {seed}, budget {request.Budget} per API");
        var options = new ExploreOptions(request.Budget, request.Seconds is { } s ? TimeSpan.FromSeconds(s) : null, seed);

        // A real cluster has few removable nodes: one accepted (non-conformant) answer is enough evidence.
        var maxSpent = target.Profile.ReferenceStub || target.EmbeddedStub is not null ? int.MaxValue : 1;
        var reports = new ReportSet(outDir);
        var results = new List<(ApiExploration Result, IReadOnlyList<string> Checks)>();
        var progressView = new ExploreProgressView(error, TimeProvider.System);
        foreach (var api in request.Packs.Select(p => p.Explore.Create(run, maxSpent)).OfType<IApiExplorer>())
        {
            var result = await progressView.RunAsync(api.Api, options.Budget, progress => new Explorer(api, options, progress).RunAsync(cancellation));
            results.Add((WriteReplays(result, reports, run, request.Packs, masker), [.. api.Checks, Explorer.StoppedAnswering]));
            if (result.Stopped)
            {
                break;
            }
        }

        var report = ExplorationJson.Build(seed, target.Url, [.. results.Select(r => r.Result)], f => Curl(f, run, request.Packs));
        reports.WriteText("exploration.json", () => masker.Apply(report.ToJsonString(Indented)));
        reports.WriteText("junit.xml", () => masker.Apply(ExplorationJUnit.Build(results).ToString()));
        reports.WriteText("report.html", () => ExplorationHtml.Build(seed, target.Url, [.. results.Select(r => r.Result)], masker.Apply));
        var code = await SummaryAsync([.. results.Select(r => r.Result)], outDir, masker);
        await reports.PrintFailuresAsync(output);
        if (reports.Failures.Count > 0 && code == ExitCodes.Conformant)
        {
            // As for run: an exploration that lost a report is never a clean one.
            await error.WriteLineAsync($"not conformant: the harness could not write {reports.Failures.Count} report(s): {reports.Failures[0]}");
            code = ExitCodes.NotConformant;
        }
        if (results.FirstOrDefault(r => r.Result.Stopped) is { Result: { } stopped })
        {
            await error.WriteLineAsync($"could not run: {stopped.Api} stopped answering; its last request is in {stopped.Findings[^1].ReplayFile}");
            return ExitCodes.TargetUnreachable;
        }

        return code;
    }

    private static string? Curl(Finding finding, RunContext run, PackList packs) =>
        packs.Find(finding.Api)?.Explore.Curl(finding, run);

    private static ApiExploration WriteReplays(ApiExploration result, ReportSet reports, RunContext run, PackList packs, SecretMasker masker)
    {
        var findings = result.Findings.Select((f, i) =>
        {
            if (f.Request.Method == "-")
            {
                return f;
            }

            var name = $"replay-{f.Api}-{i + 1:00}-{f.Violation.RequirementId}.json";
            var failures = reports.Failures.Count;
            reports.WriteText(name, () => masker.Apply(ReplayFile.ToJson(f, Curl(f, run, packs)).ToJsonString(Indented)));
            return reports.Failures.Count == failures ? f with { ReplayFile = name } : f;
        }).ToList();
        return result with { Findings = findings };
    }

    private async Task<int> SummaryAsync(IReadOnlyList<ApiExploration> results, string outDir, SecretMasker masker)
    {
        foreach (var r in results)
        {
            await output.WriteLineAsync($"{r.Api}: {r.Requests} request(s) + {r.ShrinkRequests} shrinking in {r.Elapsed.TotalSeconds:0.0} s ({r.RequestsPerSecond:0} req/s), {r.Findings.Count} finding(s)");
            foreach (var f in r.Findings)
            {
                await output.WriteLineAsync(masker.Apply($"  {f.Violation.Level} {f.Violation.RequirementId} {f.Violation.Check}: {f.Violation.Detail} (replay: {f.ReplayFile ?? "-"})"));
            }
        }

        await output.WriteLineAsync($"reports: {Path.Combine(outDir, "exploration.json")}, {Path.Combine(outDir, "junit.xml")}, {Path.Combine(outDir, "report.html")}");
        var must = results.SelectMany(r => r.Findings).FirstOrDefault(f => f.Violation.Level == "MUST");
        if (must is not null)
        {
            await error.WriteLineAsync(masker.Apply($"not conformant: {must.Violation.RequirementId} {must.Violation.Detail}"));
            return ExitCodes.NotConformant;
        }

        return ExitCodes.Conformant;
    }
}
