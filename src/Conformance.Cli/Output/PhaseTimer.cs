using System.Diagnostics;

namespace Conformance.Cli.Output;

/// <summary>Wall time of each phase of a run, from process start, printed on request (<c>--timings</c>).</summary>
internal sealed class PhaseTimer(TextWriter? sink)
{
    private readonly List<(string Phase, TimeSpan Took)> _phases = [];
    private TimeSpan _last = sink is null ? TimeSpan.Zero : SinceProcessStart();

    /// <summary>Ends the phase that ran since the previous mark (or, for the first mark, since the runtime started).</summary>
    public void Mark(string phase)
    {
        if (sink is null)
        {
            return;
        }

        if (_phases.Count == 0)
        {
            _phases.Add(("runtime start", _last));
        }

        var now = SinceProcessStart();
        _phases.Add((phase, now - _last));
        _last = now;
    }

    public void Print()
    {
        if (sink is null || _phases.Count == 0)
        {
            return;
        }

        foreach (var (phase, took) in _phases)
        {
            sink.WriteLine($"timing: {phase,-22} {took.TotalMilliseconds,7:0} ms");
        }

        sink.WriteLine($"timing: {"total from process start",-22} {_last.TotalMilliseconds,7:0} ms");
        using var self = Process.GetCurrentProcess();

        // Where the CPU went beside the phases: a short run is dominated by first-time work (JIT, GC of start-up garbage).
        sink.WriteLine($"timing: CPU {self.TotalProcessorTime.TotalMilliseconds:0} ms; JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, "
            + $"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms; GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), "
            + $"paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms");
    }

    private static TimeSpan SinceProcessStart()
    {
        using var self = Process.GetCurrentProcess();
        return TimeProvider.System.GetLocalNow().DateTime - self.StartTime;
    }
}
