namespace Conformance.Cce.Drivers;

/// <summary>Bounds on following a job: the profile's interval (polls back off up to it) and cce.jobTimeoutSeconds, so a stuck job fails instead of hanging.</summary>
public sealed record JobPolling(int IntervalMs, TimeSpan MaxWait)
{
    /// <summary>With no wait between polls (the embedded stub), a job that never ends is given up on after this many polls.</summary>
    public const int MaxTightPolls = 600;

    public static JobPolling For(Engine.Profiles.CceProfile profile) =>
        new(Math.Max(0, profile.PollIntervalMs), TimeSpan.FromSeconds(profile.JobTimeoutSeconds));
}
