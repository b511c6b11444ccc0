namespace Conformance.Engine.Certification;

/// <summary>How a baseline met a run: the deviations that excused a failure, and those whose requirement now passes.</summary>
/// <param name="Applied">Baseline entries whose requirement failed in this run.</param>
/// <param name="NowPassing">Baseline entries whose requirement passed: remove them so the baseline shrinks.</param>
public sealed record BaselineReport(IReadOnlyList<BaselineDeviation> Applied, IReadOnlyList<BaselineDeviation> NowPassing);
