namespace Conformance.Engine.Fixtures;

/// <summary>
/// Waits between polls of a DAG or a job: short at first (a fast server is seen finishing soon after it does), doubling
/// up to the profile's interval (a slow one is not polled hundreds of times a removal).
/// </summary>
public sealed class PollDelays(int intervalMs)
{
    /// <summary>With no wait between polls (the embedded stub), a DAG or job that never ends is given up on after this many polls.</summary>
    public const int MaxTightPolls = 600;

    private const int FirstMs = 50;
    private int _next = Math.Min(FirstMs, Math.Max(0, intervalMs));

    /// <summary>The wait before the next poll.</summary>
    public TimeSpan Next()
    {
        var now = _next;
        _next = Math.Min(Math.Max(1, now * 2), Math.Max(0, intervalMs));
        return TimeSpan.FromMilliseconds(now);
    }

    /// <summary>Whether to stop following: the bound has passed, or polls without any wait between them have run on too long.</summary>
    public static bool GiveUp(TimeSpan waited, TimeSpan bound, TimeSpan nextDelay, int polls) =>
        waited >= bound || (nextDelay == TimeSpan.Zero && polls >= MaxTightPolls);
}
