namespace Conformance.Engine.Explore;

/// <summary>What exploring one API produced: counts, the request sequence's fingerprint, and the findings.</summary>
public sealed record ApiExploration(string Api, int Requests, int ShrinkRequests, TimeSpan Elapsed, string SequenceSha256, IReadOnlyList<Finding> Findings)
{
    /// <summary>The target stopped answering mid-way (the last request is kept as a finding): the run could not finish.</summary>
    public bool Stopped { get; init; }

    /// <summary>How many exploration answers had each HTTP status: shows what the requests reached (e.g. not all 401).</summary>
    public IReadOnlyDictionary<int, int> Statuses { get; init; } = new Dictionary<int, int>();

    public double RequestsPerSecond => Elapsed.TotalSeconds > 0 ? (Requests + ShrinkRequests) / Elapsed.TotalSeconds : 0;
}
