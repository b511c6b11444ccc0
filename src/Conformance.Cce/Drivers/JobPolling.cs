namespace Conformance.Cce.Drivers;

/// <summary>Bounds on following a job: the profile's interval (polls back off up to it) and cce.jobTimeoutSeconds, so a stuck job fails instead of hanging.</summary>
public sealed record JobPolling(int IntervalMs, TimeSpan MaxWait)
{
    public static JobPolling For(CceProfile profile) =>
        new(Math.Max(0, profile.PollIntervalMs), TimeSpan.FromSeconds(profile.JobTimeoutSeconds));
}
