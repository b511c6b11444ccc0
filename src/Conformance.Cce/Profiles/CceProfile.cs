using Conformance.Engine.Features;
using Conformance.Engine.Packs;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;

namespace Conformance.Cce.Profiles;

/// <summary>The CCE section of a target profile.</summary>
public sealed record CceProfile(
    string BaseUrl,
    string ProjectId,
    string ClusterId,
    CceAuth Auth,
    IReadOnlyList<string> RemovableNodeUids,
    string? UnknownNodeUid,
    string? UnknownClusterId,
    int PollIntervalMs) : IProfileSection
{
    public const int DefaultJobTimeoutSeconds = 1800;

    /// <summary>How long one job may take to reach Success or Failed before the requirement fails.</summary>
    public int JobTimeoutSeconds { get; init; } = DefaultJobTimeoutSeconds;

    /// <summary>How a removed node is brought back (a command printing the node's new uid); null when it is not.</summary>
    public RestoreProfile? Restore { get; init; }

    public string Api => CcePack.ApiName;

    public IEnumerable<(string Env, string Field)> Secrets
    {
        get
        {
            if (Auth.TokenEnv is not null)
            {
                yield return (Auth.TokenEnv, "cce.auth.tokenEnv");
            }

            if (Auth.AkEnv is not null && Auth.SkEnv is not null)
            {
                yield return (Auth.AkEnv, "cce.auth.akEnv");
                yield return (Auth.SkEnv, "cce.auth.skEnv");
            }
        }
    }

    public string RemovableField => "cce.removableNodeUids";

    public int RemovableCount => RemovableNodeUids.Distinct(StringComparer.Ordinal).Count();

    public int RemovalTimeoutSeconds => JobTimeoutSeconds;

    /// <summary>Removals of different nodes run side by side.</summary>
    public bool OneRemovalAtATime => false;

    public IProfileSection WithBaseUrl(string url) => this with { BaseUrl = url };

    public string? NotSelectedReason(ScenarioCase c) => Scope.NodesNeeded(c) is > 1 and var needed && RemovableCount is var listed && listed < needed
        ? $"needs {needed} removable node uids at once; the profile lists {listed} (cce.removableNodeUids)"
        : null;
}

/// <summary>How the harness authenticates to CCE: the environment variables holding a token, or an AK/SK pair.</summary>
public sealed record CceAuth(string? TokenEnv, string? AkEnv, string? SkEnv)
{
    public bool UsesToken => TokenEnv is not null;
}

/// <summary>The CCE section of a profile, where a run's profile has one.</summary>
public static class CceProfileAccess
{
    extension(TargetProfile profile)
    {
        /// <summary>The CCE section, or null when the profile has none.</summary>
        public CceProfile? Cce => profile.Section<CceProfile>(CcePack.ApiName);
    }
}
