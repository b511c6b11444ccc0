namespace Conformance.Cce.Stub;

/// <summary>Settings of <see cref="CceStub"/>; every member has a usable default.</summary>
public sealed record CceStubOptions
{
    public CceFixtures Fixtures { get; init; } = CceFixtures.Default;

    /// <summary>Clock for X-Sdk-Date skew and job timestamps; a fake one makes both testable.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How many job polls each of Initializing and Running lasts; jobs advance by polling, never by wall clock.</summary>
    public int PollsPerPhase { get; init; } = 1;

    /// <summary>
    /// When set, a job reaches Success this long after its creation by <see cref="Time"/> (Initializing, then Running
    /// from half way), polled or not, and <see cref="PollsPerPhase"/> is ignored; for benchmarks and wait tests.
    /// </summary>
    public TimeSpan? JobDuration { get; init; }

    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromMinutes(15);

    public string PasswordMask { get; init; } = "******";

    /// <summary>Names from <see cref="CceDeviations"/>: each makes the stub break one MUST requirement on purpose.</summary>
    public IReadOnlySet<string> Deviations { get; init; } = new HashSet<string>();

    /// <summary>Told one line per refused request saying which check failed; never a credential (see <see cref="Conformance.Engine.Packs.StubLaneOptions.Diagnostics"/>).</summary>
    public Action<string>? Diagnostics { get; init; }
}
