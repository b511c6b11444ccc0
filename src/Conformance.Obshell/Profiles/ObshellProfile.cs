using Conformance.Engine.Features;
using Conformance.Engine.Packs;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;

namespace Conformance.Obshell.Profiles;

/// <summary>An observer address as obshell names it.</summary>
public sealed record NodeAddress(string Ip, int Port)
{
    public override string ToString() => $"{Ip}:{Port}";
}

/// <summary>The obshell section of a target profile.</summary>
public sealed record ObshellProfile(
    string BaseUrl,
    string PasswordEnv,
    NodeAddress Agent,
    IReadOnlyList<NodeAddress> Removable,
    NodeAddress? NonMember,
    IReadOnlyList<NodeAddress> MajorityAtRisk,
    string PasswordKind,
    int PollIntervalMs,
    bool DagOperations) : IProfileSection
{
    /// <summary>A scenario that rolls back, retries, cancels or passes a DAG: out of reach where the profile forbids DAG operations.</summary>
    public const string DagOperationsTag = "@dag-operations";

    public const int DefaultDagTimeoutSeconds = 1200;

    /// <summary>How long one DAG may take to finish before the requirement fails (a real removal takes minutes).</summary>
    public int DagTimeoutSeconds { get; init; } = DefaultDagTimeoutSeconds;

    /// <summary>How a removed node is brought back before the next scenario needs it; null when it is not.</summary>
    public ObshellRestore? Restore { get; init; }

    public string Api => ObshellPack.ApiName;

    public IEnumerable<(string Env, string Field)> Secrets => [(PasswordEnv, "obshell.passwordEnv")];

    public string RemovableField => "obshell.removable";

    public int RemovableCount => Removable.Distinct().Count();

    RestoreProfile? IProfileSection.Restore => Restore;

    public int RemovalTimeoutSeconds => DagTimeoutSeconds;

    /// <summary>obshell runs one maintenance task at a time.</summary>
    public bool OneRemovalAtATime => true;

    public IProfileSection WithBaseUrl(string url) => this with { BaseUrl = url };

    public string? NotSelectedReason(ScenarioCase c) => Scope.Has(c, DagOperationsTag) && !DagOperations
        ? "@dag-operations: the profile says the target does not allow DAG operations (obshell.dagOperations is false)"
        : null;

    /// <summary>A DAG operation needs a DAG of its own; one that never ends also keeps the maintenance lock, so no later scale-in could be accepted.</summary>
    public bool NeedsOwnRemoval(ScenarioCase c) => Scope.Has(c, DagOperationsTag);
}

/// <summary>How a removed obshell node is brought back: a command with {ip} and {port} replaced, and/or the server's own scale-out.</summary>
public sealed record ObshellRestore(IReadOnlyList<string>? Command, int TimeoutSeconds, ScaleOutRestore? ScaleOut) : RestoreProfile(Command, TimeoutSeconds)
{
    public override IEnumerable<string> Strategies => ScaleOut is null ? base.Strategies : [.. base.Strategies, "scale-out"];
}

/// <summary>obshell's built-in restore: POST /api/v1/ob/scale_out with this zone and these observer configs, followed to SUCCEED.</summary>
public sealed record ScaleOutRestore(string Zone, System.Text.Json.Nodes.JsonObject ObConfigs);

/// <summary>The obshell section of a profile, where a run's profile has one.</summary>
public static class ObshellProfileAccess
{
    extension(TargetProfile profile)
    {
        /// <summary>The obshell section, or null when the profile has none.</summary>
        public ObshellProfile? Obshell => profile.Section<ObshellProfile>(ObshellPack.ApiName);
    }
}
