namespace Conformance.Cce.Stub;

/// <summary>The stub cluster: which nodes exist, which are being removed or were removed, and the jobs. Callers hold <see cref="Sync"/>.</summary>
internal sealed class ClusterState(IReadOnlyList<string> initialNodes, IReadOnlySet<string> deviations, TimeSpan? jobDuration = null)
{
    public object Sync { get; } = new();

    public HashSet<string> Nodes { get; } = new(initialNodes, StringComparer.Ordinal);

    public Dictionary<string, string> Removing { get; } = new(StringComparer.Ordinal);

    /// <summary>Nodes a job that reached Success took out: the ones the control route may bring back.</summary>
    public HashSet<string> Removed { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StubJob> Jobs { get; } = new(StringComparer.Ordinal);

    public void Reset()
    {
        Nodes.Clear();
        Nodes.UnionWith(initialNodes);
        Removing.Clear();
        Removed.Clear();
        Jobs.Clear();
    }

    /// <summary>
    /// Sets the phase this poll reports: by poll count (the first poll sees Initializing), or in timed mode by the
    /// job's age. Nodes leave the cluster the moment their job reports Success, so a client that saw Success and
    /// removes again gets 404.
    /// </summary>
    public void Poll(StubJob job, int pollsPerPhase, DateTimeOffset now)
    {
        if (jobDuration is not null)
        {
            Move(job, now);
            return;
        }

        var index = Math.Min(job.Polls / Math.Max(1, pollsPerPhase), StubJob.Phases.Length - 1);
        job.Polls++;
        SetPhase(job, StubJob.Phases[index], now);
    }

    /// <summary>In timed mode, moves every unfinished job to the phase its age calls for; before anything reads the nodes.</summary>
    public void CatchUp(DateTimeOffset now)
    {
        if (jobDuration is null)
        {
            return;
        }

        foreach (var job in Jobs.Values)
        {
            if (!job.IsFinished)
            {
                Move(job, now);
            }
        }
    }

    /// <summary>Puts a removed node back under a new uid, as AddNode would; null when <paramref name="uid"/> was not removed.</summary>
    public string? Readd(string uid)
    {
        if (!Removed.Remove(uid))
        {
            return null;
        }

        // Real node uids are UUIDs, and the fixture's own shaped ones would run out of four hex digits.
        var fresh = Guid.NewGuid().ToString();
        Nodes.Add(fresh);
        return fresh;
    }

    // Initializing for the first half of the duration, Running for the second, then Success.
    private void Move(StubJob job, DateTimeOffset now)
    {
        var elapsed = now - job.CreatedAt;
        var duration = jobDuration!.Value;
        var index = elapsed >= duration ? 2 : elapsed >= duration / 2 ? 1 : 0;
        SetPhase(job, StubJob.Phases[index], now);
    }

    private void SetPhase(StubJob job, string phase, DateTimeOffset now)
    {
        if (job.IsFinished)
        {
            return;
        }

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
                if (job.IsDone && !deviations.Contains(CceDeviations.RemovedNodeRemovableAgain) && Nodes.Remove(uid))
                {
                    Removed.Add(uid);
                }

                Removing.Remove(uid);
            }
        }
    }
}
