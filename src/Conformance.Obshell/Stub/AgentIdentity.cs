namespace Conformance.Obshell.Stub;

/// <summary>Which kind of agent the stub impersonates; drives the SINGLE and not-initialised outcome rows.</summary>
public enum AgentIdentity
{
    /// <summary>An initialised cluster member: identity "CLUSTER AGENT".</summary>
    ClusterAgent,

    /// <summary>A lone agent with no cluster: identity "SINGLE"; removing itself answers 204.</summary>
    Single,

    /// <summary>Cluster configured but not initialised: identity "MASTER"; scale-in is NotSupportOperation.</summary>
    NotInitialized,
}

/// <summary>Wire names of <see cref="AgentIdentity"/> as /api/v1/info reports them.</summary>
public static class AgentIdentityExtensions
{
    public static string ToWireName(this AgentIdentity identity) => identity switch
    {
        AgentIdentity.ClusterAgent => "CLUSTER AGENT",
        AgentIdentity.Single => "SINGLE",
        // A configured-but-not-initialised agent is MASTER (or FOLLOWER) in obshell, never CLUSTER AGENT.
        AgentIdentity.NotInitialized => "MASTER",
        _ => throw new ArgumentOutOfRangeException(nameof(identity), identity, null),
    };
}
