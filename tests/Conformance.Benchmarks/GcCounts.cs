namespace Conformance.Benchmarks;

/// <summary>Collections per generation and time paused for them: what the runtime's garbage collector cost a run.</summary>
public readonly record struct GcCounts(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcCounts Take() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public GcCounts Since(GcCounts before) =>
        new(Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, Paused - before.Paused);

    public override string ToString() =>
        $"GC {Gen0}/{Gen1}/{Gen2} collections (gen 0/1/2), {Paused.TotalMilliseconds:0} ms paused";
}
