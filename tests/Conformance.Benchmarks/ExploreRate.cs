using System.Text.Json.Nodes;
using Conformance.Cli;

namespace Conformance.Benchmarks;

/// <summary>
/// Section 7: <c>conformance explore</c> with 10,000 requests per API against the embedded reference stub, in this
/// process, held to "no findings"; its requests per second beside the <c>run</c> suite's (requests sent by a full
/// in-process run of the suite divided by its wall time).
/// </summary>
public static class ExploreRate
{
    public const int Budget = 10_000;

    public static void Run(FigureSet figures, string suiteRoot, bool quick)
    {
        var work = Directory.CreateTempSubdirectory("conformance-bench-explore-").FullName;
        try
        {
            // Warm-up first, as sections 1/4/5 do: the rates compared are steady state, not JIT.
            SuiteRuns.Once(suiteRoot, 1, 1, work);
            var suite = SuiteRuns.Once(suiteRoot, 1, 1, work);
            var suiteRequests = suite.Run.Results.Sum(r => r.Exchanges?.Count ?? 0);
            var suiteRate = suiteRequests / suite.Wall.TotalSeconds;
            Explore(work, "warm", 300, quick);

            var budget = quick ? 1000 : Budget;
            var (report, code, log) = Explore(work, "measured", budget, quick);
            foreach (var api in report["apis"]!.AsArray())
            {
                var name = api!["api"]!.GetValue<string>();
                var findings = report["findings"]!.AsArray().Where(f => f!["api"]!.GetValue<string>() == name).ToList();
                var requests = api["requests"]!.GetValue<int>();
                figures.Add(new Figure("7 explore", $"explore {name}, {budget} requests, reference stub", api["requestsPerSecond"]!.GetValue<double>(), "req/s")
                {
                    Baseline = suiteRate,
                    BaselineName = "run suite req/s",
                    Target = "no findings",
                    Met = code == 0 && requests == budget && findings.Count == 0,
                    Note = $"{requests} requests in {api["seconds"]!.GetValue<double>():0.0} s, {findings.Count} finding(s)"
                        + (findings.Count > 0 ? $" e.g. {findings[0]!["requirementId"]} {findings[0]!["detail"]}" : string.Empty)
                        + $"; exit {code}; statuses {api["statuses"]!.ToJsonString()}; the run suite: {suiteRequests} requests in {suite.Wall.TotalSeconds:0.00} s",
                });
            }

            if (code != 0)
            {
                Console.WriteLine($"  warning: explore exited {code}: {log}");
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (JsonObject Report, int Code, string Log) Explore(string work, string name, int budget, bool quick)
    {
        var outDir = Path.Combine(work, name);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.RunAsync(["explore", "--budget", budget.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "7", "--out", outDir], output, error)
            .GetAwaiter().GetResult();
        if (!quick || name != "warm")
        {
            Console.WriteLine($"  explore ({name}): exit {code}; {string.Join("; ", output.ToString().Split('\n').Where(l => l.Contains("req/s", StringComparison.Ordinal)).Select(l => l.Trim()))}");
        }

        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "exploration.json")))!.AsObject();
        return (report, code, output.ToString() + error);
    }
}
