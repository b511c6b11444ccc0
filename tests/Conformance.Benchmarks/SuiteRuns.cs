using System.Diagnostics;
using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Stub;

namespace Conformance.Benchmarks;

/// <summary>
/// Sections 1 (overhead), 4 (scaling) and 5 (parallel): the suite run in this process through the engine, as
/// RunJob runs it (Reqnroll formatters on, writing to a temp folder), against a reference stub scaled to the number of suite copies.
/// </summary>
public static class SuiteRuns
{
    public sealed record Timed(RunResult Run, TimeSpan Wall, int Copies, int Workers, string Gc);

    public static void Run(FigureSet figures, string suiteRoot, bool quick)
    {
        var work = Directory.CreateTempSubdirectory("conformance-bench-suite-").FullName;
        try
        {
            var roots = new Dictionary<int, string>();
            foreach (var n in new[] { 1, 4, 16 })
            {
                roots[n] = MakeCopies(suiteRoot, Path.Combine(work, $"x{n}"), n);
            }

            // Warm-up: JIT and caches, so the figures describe steady state. One run is not enough: tiered compilation
            // optimises a method after 30 calls, and many step methods run once or twice per suite, so the first warm
            // run still spends a third of its overhead in unoptimised code. The 16x suite (16 runs' worth) warms them.
            Once(roots[1], 1, 1, work);
            var firstWarm = Once(roots[1], 1, 1, work);
            Once(roots[16], 16, 1, work);
            const int warmUps = 18;
            // Rounds interleave every size and both worker counts, and each figure takes the median round: this
            // machine's speed drifts from minute to minute, and one slow minute otherwise decides a ratio.
            var copies = quick ? 1 : 4;
            var rounds = Enumerable.Range(0, quick ? 1 : 3).Select(_ =>
            {
                var x1 = Once(roots[1], 1, 1, work);
                var x4 = Once(roots[4], 4, 1, work);
                var one = copies == 4 ? x4 : x1;

                // Right after the one-worker run it is compared with: the machine's speed drifts within a round too.
                var two = Once(roots[copies], copies, 2, work);
                var x16 = Once(roots[16], 16, 1, work);
                foreach (var t in new[] { x1, x4, x16, two })
                {
                    Check(t);
                }

                return (x1, x4, x16, one, two);
            }).ToList();

            var m1 = MedianWall(rounds.Select(r => r.x1));
            Overhead(figures, m1.Run, firstWarm.Run, warmUps, m1.Gc);
            var (m4, m16) = (MedianWall(rounds.Select(r => r.x4)), MedianWall(rounds.Select(r => r.x16)));
            double PerScenario(Timed t) => t.Wall.TotalMilliseconds / t.Run.Results.Count;
            figures.Add(new Figure("4 scaling", "wall per scenario, 1x suite", PerScenario(m1), "ms") { Note = $"{m1.Run.Results.Count} scenarios in {m1.Wall.TotalSeconds:0.00} s (median of {rounds.Count})" });
            figures.Add(new Figure("4 scaling", "wall per scenario, 4x suite", PerScenario(m4), "ms")
            {
                Baseline = PerScenario(m1), BaselineName = "1x per scenario",
                Note = $"{m4.Run.Results.Count} scenarios in {m4.Wall.TotalSeconds:0.00} s (median of {rounds.Count})",
            });
            figures.Add(new Figure("4 scaling", "wall per scenario, 16x suite", PerScenario(m16), "ms")
            {
                Baseline = PerScenario(m1), BaselineName = "1x per scenario",
                Note = $"{m16.Run.Results.Count} scenarios in {m16.Wall.TotalSeconds:0.00} s (median of {rounds.Count})",
            });

            // Linear growth means each added scenario costs the same however many came before: the cost of the
            // scenarios added from 4x to 16x against those added from 1x to 4x (quadratic growth would make it 4).
            // Per-scenario walls alone mix that up with a one-off step: the steady 1x suite runs with a small,
            // cache-warm working set.
            double Marginal(Timed from, Timed to) =>
                (to.Wall - from.Wall).TotalMilliseconds / (to.Run.Results.Count - from.Run.Results.Count);
            var (early, late) = (Marginal(m1, m4), Marginal(m4, m16));
            figures.Add(new Figure("4 scaling", "wall per added scenario, 4x to 16x", late, "ms")
            {
                Baseline = early, BaselineName = "per added scenario, 1x to 4x",
                Target = "linear (ratio <= 1.25)", Met = late / early <= 1.25,
                Note = $"16x / 1x per scenario: {PerScenario(m16) / PerScenario(m1):0.00}",
            });

            // Section 5: the same suite with two workers, run right after one worker in each round. The speed-up is each
            // round's own ratio (one minute of machine speed), then the median round; a ratio of medians would pair a
            // slow minute's one-worker run with a fast minute's two-worker run.
            var ratios = rounds.Select(r => r.one.Wall / r.two.Wall).ToList();
            var speedup = CliRuns.Median(ratios);
            var (w1, w2) = (MedianWall(rounds.Select(r => r.one)), MedianWall(rounds.Select(r => r.two)));
            figures.Add(new Figure("5 parallel", $"{copies}x suite with 2 workers (speed-up)", speedup, "x")
            {
                Target = ">= 1.6x", Met = speedup >= 1.6,
                Note = $"rounds {string.Join(", ", rounds.Select(r => $"{r.one.Wall.TotalSeconds:0.00} s / {r.two.Wall.TotalSeconds:0.00} s"))} (1 worker / 2 workers); ratio of the medians {w1.Wall / w2.Wall:0.00}x; {w2.Run.Results.Count(r => r.Case.Tags.Contains(Scope.SerialTag, StringComparer.OrdinalIgnoreCase))} @serial cases",
            });
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Overhead(FigureSet figures, RunResult run, RunResult firstWarm, int warmUps, string gcNote)
    {
        var ran = run.Results.Where(r => r.Status != ScenarioStatus.NotRun).ToList();
        var overhead = ran.Select(OverheadOf).ToList();
        var http = ran.Select(r => Sum(r.Exchanges).TotalMilliseconds).ToList();
        var mean = overhead.Average();
        var firstWarmMean = firstWarm.Results.Where(r => r.Status != ScenarioStatus.NotRun).Select(OverheadOf).Average();
        figures.Add(new Figure("1 overhead", "per-scenario overhead beyond HTTP (mean)", mean, "ms")
        {
            Baseline = http.Average(), BaselineName = "HTTP round trips per scenario",
            Target = "< 2 ms", Met = mean < 2,
            Note = $"after {warmUps} suite runs of warm-up (the first warm run: mean {firstWarmMean:0.00} ms); {gcNote}; median {CliRuns.Median(overhead):0.00} ms, p90 {overhead.Order().ElementAt((int)(overhead.Count * 0.9)):0.00} ms over {ran.Count} scenarios; {ran.Sum(r => r.Exchanges?.Count ?? 0)} exchanges; "
                + "largest: " + string.Join(", ", ran.Zip(overhead).OrderByDescending(p => p.Second).Take(5).Select(p => $"{p.First.Case.Name} {p.Second:0.0} ms")),
        });
    }

    private static Timed MedianWall(IEnumerable<Timed> runs)
    {
        var sorted = runs.OrderBy(t => t.Wall).ToList();
        return sorted[sorted.Count / 2];
    }

    private static double OverheadOf(ScenarioResult r) => (r.Duration - Sum(r.Exchanges)).TotalMilliseconds;

    private static TimeSpan Sum(IReadOnlyList<HttpExchange>? exchanges) =>
        exchanges is null ? TimeSpan.Zero : TimeSpan.FromTicks(exchanges.Sum(e => e.Elapsed.Ticks));

    private static void Check(Timed t)
    {
        var bad = t.Run.Results.Where(r => r.Status != ScenarioStatus.Passed).ToList();
        if (bad.Count > 0)
        {
            Console.WriteLine($"  warning: {t.Copies}x/{t.Workers}w: {bad.Count} of {t.Run.Results.Count} not passed, e.g. {bad[0].Case.Name}: {bad[0].Message}");
        }
    }

    /// <summary>A suite root with N copies of features/ (features/copyK/...) and the schemas.</summary>
    public static string MakeCopies(string suiteRoot, string target, int copies)
    {
        for (var k = 1; k <= copies; k++)
        {
            CopyDir(Path.Combine(suiteRoot, "features"), Path.Combine(target, "features", $"copy{k:00}"));
        }

        CopyDir(Path.Combine(suiteRoot, "schemas"), Path.Combine(target, "schemas"));
        return target;
    }

    private static void CopyDir(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }

    public static Timed Once(string suiteRoot, int copies, int workers, string work)
    {
        using var stub = ReferenceStub.Start(scale: copies);
        var formatterDir = Directory.CreateTempSubdirectory("conformance-bench-fmt-").FullName;
        Environment.SetEnvironmentVariable("REQNROLL_FORMATTERS_HTML", $"outputFilePath={Path.Combine(formatterDir, "cucumber.html")}");
        Environment.SetEnvironmentVariable("REQNROLL_FORMATTERS_MESSAGE", $"outputFilePath={Path.Combine(formatterDir, "cucumber.ndjson")}");
        try
        {
            var gcBefore = GcCounts.Take();
            var watch = Stopwatch.StartNew();
            var suite = FeatureLoader.Load(suiteRoot);
            using var http = new TargetHttp(new HttpOptions());
            var context = StubSuite.Context(stub.Profile, http, suiteRoot);
            context.Secrets.ResolveAll(stub.Profile);
            RunResult run;
            var session = StubSuite.StartSessionAsync(context).GetAwaiter().GetResult();
            try
            {
                run = ConformanceRun.ExecuteAsync(session, suite, new RunOptions { Workers = workers, Deadline = TimeSpan.FromHours(1) }).GetAwaiter().GetResult();
            }
            finally
            {
                session.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            watch.Stop();
            var gc = GcCounts.Take().Since(gcBefore);
            Console.WriteLine($"  suite {copies}x, {workers} worker(s): {run.Results.Count} scenarios, {run.Results.Count(r => r.Status == ScenarioStatus.Passed)} passed, {watch.Elapsed.TotalSeconds:0.00} s; {gc}");
            return new Timed(run, watch.Elapsed, copies, workers, gc.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("REQNROLL_FORMATTERS_HTML", null);
            Environment.SetEnvironmentVariable("REQNROLL_FORMATTERS_MESSAGE", null);
            Directory.Delete(formatterDir, recursive: true);
        }
    }
}
