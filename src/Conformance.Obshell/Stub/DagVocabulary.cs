namespace Conformance.Obshell.Stub;

/// <summary>DAG states, operators and the scale-in stage names, spelled as obshell sends them.</summary>
internal static class DagVocabulary
{
    public const string Pending = "PENDING", Ready = "READY", Running = "RUNNING", Failed = "FAILED", Succeed = "SUCCEED";
    public const string Run = "RUN", Retry = "RETRY", Rollback = "ROLLBACK", Cancel = "CANCEL", Pass = "PASS";
    public const string DagName = "Cluster scale in";

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
}
