using Conformance.Engine.Packs;

namespace Conformance.Engine.Profiles;

/// <summary>What a target offers the suite: one section per API it judges (base URL, fixtures, the environment variables holding its secrets).</summary>
public sealed record TargetProfile(IReadOnlyList<IProfileSection> Sections)
{
    /// <summary>True when the target is the harness's own reference stub, which accepts control requests for stub-only rows.</summary>
    public bool ReferenceStub { get; init; }

    /// <summary>Every API the packs that read the profile know, judged or not: a case of another API is not the profile's to refuse.</summary>
    public IReadOnlyList<string> KnownApis { get; init; } = [];

    /// <summary>The APIs the profile judges, in the packs' order.</summary>
    public IEnumerable<string> Apis => Sections.Select(s => s.Api);

    /// <summary>The section of <paramref name="api"/>, or null when the profile has none.</summary>
    public IProfileSection? Section(string api) => Sections.FirstOrDefault(s => s.Api == api);

    /// <summary>The section of <paramref name="api"/> as its pack's type, or null when the profile has none.</summary>
    public T? Section<T>(string api)
        where T : class, IProfileSection => Section(api) as T;

    /// <summary>
    /// False when the profile lacks the section an API's scenarios need; a case of an API none of the reading packs
    /// knows (an engine test's own) is not the profile's to refuse, but a profile built without packs covers only its sections.
    /// </summary>
    public bool Covers(string api) => Section(api) is not null || (KnownApis.Count > 0 && !KnownApis.Contains(api, StringComparer.Ordinal));

    /// <summary>Replaces every base URL, as <c>--target</c> does.</summary>
    public TargetProfile WithBaseUrl(string url) => this with { Sections = [.. Sections.Select(s => s.WithBaseUrl(url))] };

    /// <summary>The profile with <paramref name="section"/> in place of the section of its API.</summary>
    public TargetProfile With(IProfileSection section) => this with
    {
        Sections = Section(section.Api) is null ? [.. Sections, section] : [.. Sections.Select(s => s.Api == section.Api ? section : s)],
    };

    /// <summary>Keeps only one API's section, as <c>--api</c> does.</summary>
    public TargetProfile Only(string? api)
    {
        if (api is null)
        {
            return this;
        }

        if (!KnownApis.Contains(api, StringComparer.Ordinal))
        {
            throw new ConfigurationException($"unknown --api '{api}': expected {string.Join(" or ", KnownApis)}");
        }

        return this with { Sections = [.. Sections.Where(s => s.Api == api)] };
    }
}

/// <summary>
/// Brings a removed node back (fixture use only, never judged): a command run without a shell, its placeholders
/// replaced; a pack may add strategies of its API's own.
/// </summary>
public record RestoreProfile(IReadOnlyList<string>? Command, int TimeoutSeconds)
{
    public const int DefaultTimeoutSeconds = 1800;

    /// <summary>How the plan names the restore, e.g. "command".</summary>
    public virtual IEnumerable<string> Strategies => Command is null ? [] : ["command"];
}
