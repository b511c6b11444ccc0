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
    }

    private static TimeSpan SinceProcessStart()
    {
        using var self = Process.GetCurrentProcess();
        return TimeProvider.System.GetLocalNow().DateTime - self.StartTime;
    }
}
