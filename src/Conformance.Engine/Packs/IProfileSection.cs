using Conformance.Engine.Features;
using Conformance.Engine.Profiles;

namespace Conformance.Engine.Packs;

/// <summary>One API's section of a target profile as the engine sees it: where the target is, the secrets it names, its removable nodes.</summary>
public interface IProfileSection
{
    /// <summary>The pack's name, the section's key.</summary>
    string Api { get; }

    string BaseUrl { get; }

    /// <summary>The section with another base URL, as <c>--target</c> sets it.</summary>
    IProfileSection WithBaseUrl(string url);

    /// <summary>Every secret the section names: the environment variable and the profile field naming it.</summary>
    IEnumerable<(string Env, string Field)> Secrets { get; }

    /// <summary>The profile field listing the removable nodes, named in every reason a node is missing.</summary>
    string RemovableField { get; }

    /// <summary>How many distinct removable nodes the section lists.</summary>
    int RemovableCount { get; }

    /// <summary>How a removed node is brought back; null when it is not.</summary>
    RestoreProfile? Restore { get; }

    /// <summary>How long one removal may take before its requirement fails.</summary>
    int RemovalTimeoutSeconds { get; }

    /// <summary>True when the API runs one removal at a time (a cluster's one maintenance task).</summary>
    bool OneRemovalAtATime { get; }

    /// <summary>Why a case is out of reach of this target by design, or null when it can be run.</summary>
    string? NotSelectedReason(ScenarioCase c) => null;

    /// <summary>True when the case needs a removal of its own to run to its end beyond consuming a node.</summary>
    bool NeedsOwnRemoval(ScenarioCase c) => false;
}
