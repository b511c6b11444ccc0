using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Benchmarks;

/// <summary>One measured figure: its value, the baseline it is compared with in the same run, and its target.</summary>
public sealed record Figure(string Section, string Name, double Value, string Unit)
{
    public double? Baseline { get; init; }

    public string? BaselineName { get; init; }

    /// <summary>Value / Baseline (for throughput: value as a share of the baseline).</summary>
    public double? Ratio => Baseline is > 0 ? Value / Baseline : null;

    public string? Target { get; init; }

    public bool? Met { get; init; }

    public string? Note { get; init; }
}

/// <summary>Collects figures, prints them as a table and writes them as JSON.</summary>
public sealed class FigureSet
{
    private readonly List<Figure> _figures = [];

    public IReadOnlyList<Figure> All => _figures;

    public Figure Add(Figure figure)
    {
        _figures.Add(figure);
        Console.WriteLine($"  {figure.Name}: {Format(figure.Value)} {figure.Unit}"
            + (figure.Baseline is { } b ? $" (baseline {figure.BaselineName}: {Format(b)}, ratio {figure.Ratio:0.00})" : string.Empty)
            + (figure.Target is { } t ? $" target {t}: {(figure.Met == true ? "met" : "NOT met")}" : string.Empty));
        return figure;
    }

    public void PrintTable(TextWriter w, MachineLoad load)
    {
        w.WriteLine();
        w.WriteLine($"Machine: {Environment.ProcessorCount} cores; load average {load}");
        var rows = _figures.Select(f => new[]
        {
            f.Section, f.Name, $"{Format(f.Value)} {f.Unit}",
            f.Baseline is { } b ? $"{Format(b)} ({f.BaselineName})" : "",
            f.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "",
            f.Target ?? "", f.Met switch { true => "met", false => "NOT met", null => "" },
        }).ToList();
        string[] head = ["section", "figure", "value", "baseline", "ratio", "target", "status"];
        var widths = head.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        w.WriteLine(Line(head));
        w.WriteLine("|" + string.Join("|", widths.Select(x => new string('-', x + 2))) + "|");
        foreach (var row in rows)
        {
            w.WriteLine(Line(row));
        }
    }

    public void WriteJson(string path, MachineLoad before, MachineLoad after, bool quick)
    {
        var doc = new
        {
            generatedUtc = DateTimeOffset.UtcNow,
            machine = new { cores = Environment.ProcessorCount, os = System.Runtime.InteropServices.RuntimeInformation.OSDescription, runtime = Environment.Version.ToString() },
            loadAverageBefore = before.ToString(),
            loadAverageAfter = after.ToString(),
            quick,
            figures = _figures,
        };
        var options = new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        File.WriteAllText(path, JsonSerializer.Serialize(doc, options));
    }

    public static string Format(double v) => Math.Abs(v) switch
    {
        >= 1000 => v.ToString("#,0", CultureInfo.InvariantCulture),
        >= 10 => v.ToString("0.0", CultureInfo.InvariantCulture),
        _ => v.ToString("0.00#", CultureInfo.InvariantCulture),
    };
}

/// <summary>/proc/loadavg: how busy the machine was while the figures were taken.</summary>
public sealed record MachineLoad(string Text)
{
    public static MachineLoad Read()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return new MachineLoad($"{parts[0]} {parts[1]} {parts[2]} (1/5/15 min)");
        }
        catch (IOException)
        {
            return new MachineLoad("unknown");
        }
    }

    public override string ToString() => Text;
}
