namespace Conformance.Obshell.Stub;

/// <summary>DAG states, operators and the scale-in and scale-out stage names, spelled as obshell sends them.</summary>
internal static class DagVocabulary
{
    public const string Pending = "PENDING", Ready = "READY", Running = "RUNNING", Failed = "FAILED", Succeed = "SUCCEED";
    public const string Run = "RUN", Retry = "RETRY", Rollback = "ROLLBACK", Cancel = "CANCEL", Pass = "PASS";
    public const string DagName = "Cluster scale in";
    public const string ScaleOutDagName = "Cluster scale out";

    /// <summary>The maintenance_type of a cluster-wide DAG.</summary>
    public const int ClusterMaintenance = 2;

    public static readonly IReadOnlyList<string> Stages =
    [
        "Delete observer", "Set agent to 'SCALING IN'", "Wait delete observer success", "Delete agent",
        "Try to inform to kill observer",
    ];

    /// <summary>force_kill inserts the majority check and kills the process before waiting for the deletion.</summary>
    public static readonly IReadOnlyList<string> ForceKillStages =
    [
        "Delete observer", "Set agent to 'SCALING IN'", "Check multi paxos member alive", "Try to inform to kill observer",
        "Wait delete observer success", "Delete agent",
    ];

    /// <summary>A fixture-only DAG (no requirement judges it): the names follow obshell's scale-out tasks loosely.</summary>
    public static readonly IReadOnlyList<string> ScaleOutStages =
    [
        "Check agent", "Add server", "Start observer", "Wait server active", "Set agent to CLUSTER AGENT",
    ];
}
