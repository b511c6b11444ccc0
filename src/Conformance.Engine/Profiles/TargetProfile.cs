namespace Conformance.Engine.Profiles;

/// <summary>What a target offers the suite: base URLs, fixture data and the names of the environment variables that hold its secrets.</summary>
public sealed record TargetProfile(ObshellProfile? Obshell, CceProfile? Cce)
{
    /// <summary>True when the target is the harness's own reference stub, which accepts control requests for stub-only rows.</summary>
    public bool ReferenceStub { get; init; }

    public IEnumerable<string> Apis => new[] { Obshell is null ? null : "obshell", Cce is null ? null : "cce" }.OfType<string>();

    /// <summary>False when the profile lacks the section an API's scenarios need.</summary>
    public bool Covers(string api) => api switch
    {
        "obshell" => Obshell is not null,
        "cce" => Cce is not null,
        _ => true,
    };

    /// <summary>Replaces every base URL, as <c>--target</c> does.</summary>
    public TargetProfile WithBaseUrl(string url) => this with
    {
        Obshell = Obshell is null ? null : Obshell with { BaseUrl = url },
        Cce = Cce is null ? null : Cce with { BaseUrl = url },
    };

    /// <summary>Keeps only one API's section, as <c>--api</c> does.</summary>
    public TargetProfile Only(string? api) => api switch
    {
        null => this,
        "obshell" => this with { Cce = null },
        "cce" => this with { Obshell = null },
        _ => throw new ConfigurationException($"unknown --api '{api}': expected obshell or cce"),
    };
}

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
    bool DagOperations)
{
    /// <summary>How long one DAG may take to finish before the requirement fails (a real removal takes minutes).</summary>
    public int DagTimeoutSeconds { get; init; } = DefaultDagTimeoutSeconds;

    public const int DefaultDagTimeoutSeconds = 1200;

    /// <summary>How a removed node is brought back before the next scenario needs it; null when it is not.</summary>
    public RestoreProfile? Restore { get; init; }
}

/// <summary>The CCE section of a target profile.</summary>
public sealed record CceProfile(
    string BaseUrl,
    string ProjectId,
    string ClusterId,
    CceAuth Auth,
    IReadOnlyList<string> RemovableNodeUids,
    string? UnknownNodeUid,
    string? UnknownClusterId,
    int PollIntervalMs)
{
    /// <summary>How long one job may take to reach Success or Failed before the requirement fails.</summary>
    public int JobTimeoutSeconds { get; init; } = DefaultJobTimeoutSeconds;

    public const int DefaultJobTimeoutSeconds = 1800;

    /// <summary>How a removed node is brought back (a command printing the node's new uid); null when it is not.</summary>
    public RestoreProfile? Restore { get; init; }
}

/// <summary>How the harness authenticates to CCE: the environment variables holding a token, or an AK/SK pair.</summary>
public sealed record CceAuth(string? TokenEnv, string? AkEnv, string? SkEnv)
{
    public bool UsesToken => TokenEnv is not null;
}

/// <summary>
/// Brings a removed node back (fixture use only, never judged): a command run without a shell, with {ip}, {port} or
/// {uid} replaced, and for obshell the server's own scale-out; a CCE command prints the node's new uid on its last line.
/// </summary>
public sealed record RestoreProfile(IReadOnlyList<string>? Command, int TimeoutSeconds, ScaleOutRestore? ScaleOut)
{
    public const int DefaultTimeoutSeconds = 1800;
}

/// <summary>obshell's built-in restore: POST /api/v1/ob/scale_out with this zone and these observer configs, followed to SUCCEED.</summary>
public sealed record ScaleOutRestore(string Zone, System.Text.Json.Nodes.JsonObject ObConfigs);
