namespace Conformance.Cce.Stub;

/// <summary>The stub cluster: which nodes exist, which are being removed, and the jobs. Callers hold <see cref="Sync"/>.</summary>
internal sealed class ClusterState(IReadOnlyList<string> initialNodes, IReadOnlySet<string> deviations)
{
    public object Sync { get; } = new();

    public HashSet<string> Nodes { get; } = new(initialNodes, StringComparer.Ordinal);

    public Dictionary<string, string> Removing { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StubJob> Jobs { get; } = new(StringComparer.Ordinal);

    public void Reset()
    {
        Nodes.Clear();
        Nodes.UnionWith(initialNodes);
        Removing.Clear();
        Jobs.Clear();
    }

    /// <summary>
    /// Sets the phase this poll reports (the first poll sees Initializing); nodes leave the cluster the moment
    /// their job reports Success, so a client that saw Success and removes again gets 404.
    /// </summary>
    public void Poll(StubJob job, int pollsPerPhase, DateTimeOffset now)
    {
        var index = Math.Min(job.Polls / Math.Max(1, pollsPerPhase), StubJob.Phases.Length - 1);
        job.Polls++;
        var phase = StubJob.Phases[index];
        if (phase == StubJob.Phases[^1] && deviations.Contains(CceDeviations.JobNeverSucceeds))
        {
            phase = StubJob.Failed;
        }

        if (phase == job.Phase)
        {
            return;
        }

        job.Phase = phase;
        job.UpdatedAt = now;
        if (job.IsFinished)
        {
            foreach (var uid in job.Uids)
            {
                if (job.IsDone && !deviations.Contains(CceDeviations.RemovedNodeRemovableAgain))
                {
                    Nodes.Remove(uid);
                }

                Removing.Remove(uid);
            }
        }
    }
}
