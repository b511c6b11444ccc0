using System.Diagnostics;
using System.Reflection;

namespace Conformance.Benchmarks;

/// <summary>Section 1 and 4 (memory): the BUILT CLI as a child process, timed from process start to exit (reports written).</summary>
public static class CliRuns
{
    public sealed record ChildRun(TimeSpan Wall, long PeakRssKb, int ExitCode);

    public static string FindCli(string? given)
    {
        var path = given ?? typeof(CliRuns).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ConformanceCliPath")?.Value;
        if (path is null || !File.Exists(path))
        {
            throw new InvalidOperationException($"the built CLI was not found ({path ?? "no path recorded"}); pass --cli PATH/conformance (self-contained) or PATH/conformance.dll");
        }

        return path;
    }

    public static void Run(FigureSet figures, string cli, int repetitions)
    {
        var outDir = Directory.CreateTempSubdirectory("conformance-bench-cli-").FullName;
        try
        {
            // One untimed run first: the OS file cache and the runtime's own caches warm, as on any second run.
            Once(cli, ["run", "--out", outDir]);
            var baseline = new List<ChildRun>();
            var full = new List<ChildRun>();
            var parallel = new List<ChildRun>();
            for (var i = 0; i < repetitions; i++)
            {
                // Interleaved, so a change in machine load hits every series alike.
                baseline.Add(Once(cli, ["--version"]));
                full.Add(Once(cli, ["run", "--out", outDir]));
                parallel.Add(Once(cli, ["run", "--out", outDir, "--parallel", "2"]));
            }

            foreach (var r in full.Concat(parallel).Where(r => r.ExitCode != 0))
            {
                Console.WriteLine($"  warning: a CLI run exited {r.ExitCode}");
            }

            var baseMs = Median(baseline.Select(r => r.Wall.TotalMilliseconds));
            var fullMs = Median(full.Select(r => r.Wall.TotalMilliseconds));
            var parMs = Median(parallel.Select(r => r.Wall.TotalMilliseconds));
            figures.Add(new Figure("1 suite (CLI)", "full suite, embedded stub, wall from process start (median)", fullMs / 1000, "s")
            {
                Baseline = baseMs / 1000, BaselineName = "conformance --version",
                Target = "< 2 s", Met = fullMs < 2000,
                Note = $"{repetitions} repetitions: {string.Join(", ", full.Select(r => $"{r.Wall.TotalSeconds:0.00}"))} s",
            });
            figures.Add(new Figure("1 suite (CLI)", "full suite, --parallel 2, wall (median)", parMs / 1000, "s")
            {
                Baseline = fullMs / 1000, BaselineName = "one worker",
                Note = $"speed-up {fullMs / parMs:0.00}x including process start",
            });
            var peak = full.Max(r => r.PeakRssKb) / 1024.0;
            figures.Add(new Figure("4 memory", "peak RSS of a full run (VmHWM)", peak, "MB")
            {
                Baseline = baseline.Max(r => r.PeakRssKb) / 1024.0, BaselineName = "conformance --version",
                Target = "< 250 MB", Met = peak < 250,
            });
            figures.Add(new Figure("4 memory", "peak RSS of a full run, --parallel 2", parallel.Max(r => r.PeakRssKb) / 1024.0, "MB"));
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    public static ChildRun Once(string cli, IEnumerable<string> args)
    {
        // A framework-dependent build is a .dll the dotnet host runs; a self-contained one is its own executable.
        var hosted = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(hosted ? "dotnet" : cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (hosted)
        {
            start.ArgumentList.Add(cli);
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        // VmHWM only grows, so the last reading before exit is the peak (within one 5 ms poll).
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, ReadHwm(process.Id));
        }

        watch.Stop();
        process.WaitForExit();
        _ = stdout.Result;
        _ = stderr.Result;
        return new ChildRun(watch.Elapsed, peak, process.ExitCode);
    }

    private static long ReadHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim());
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
