namespace Conformance.Cce.Drivers;

/// <summary>Bounds on following a job: the profile's interval, and a cap on polls and time so a stuck job fails instead of hanging.</summary>
public sealed record JobPolling(TimeSpan Interval, int MaxPolls, TimeSpan MaxWait)
{
    public static JobPolling For(int pollIntervalMs) =>
        new(TimeSpan.FromMilliseconds(Math.Max(0, pollIntervalMs)), MaxPolls: 600, MaxWait: TimeSpan.FromMinutes(8));
}
