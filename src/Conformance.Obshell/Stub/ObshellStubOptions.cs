namespace Conformance.Obshell.Stub;

/// <summary>Construction options of <see cref="ObshellStub"/>; defaults come from <see cref="ObshellStubFixtures.Default"/>.</summary>
public sealed record ObshellStubOptions
{
    /// <summary>Clock for the envelope timestamp, DAG times and header expiry.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public ObshellStubFixtures Fixtures { get; init; } = ObshellStubFixtures.Default;

    public AgentIdentity InitialIdentity { get; init; } = AgentIdentity.ClusterAgent;

    /// <summary>Agent version reported by /api/v1/info.</summary>
    public string Version { get; init; } = "4.5.0.0";

    public string Zone { get; init; } = "zone1";

    /// <summary>
    /// When set, a DAG advances one stage per this much of <see cref="TimeProvider"/>'s time since it started, polled or
    /// not (for benchmarks and wait tests); when null, one step per poll.
    /// </summary>
    public TimeSpan? DagStageDuration { get; init; }

    /// <summary>Names from <see cref="ObshellDeviations"/>: each makes the stub break one MUST requirement on purpose.</summary>
    public IReadOnlySet<string> Deviations { get; init; } = new HashSet<string>();

    /// <summary>Told one line per refused request naming the check that failed; never a password (see <see cref="Conformance.Engine.Packs.StubLaneOptions.Diagnostics"/>).</summary>
    public Action<string>? Diagnostics { get; init; }
}
