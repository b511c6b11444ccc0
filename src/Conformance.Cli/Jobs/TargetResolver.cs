using Conformance.Engine;
using Conformance.Engine.Profiles;
using Conformance.Stub;

namespace Conformance.Cli.Jobs;

/// <summary>The target a run judges, its profile, and where its secrets come from.</summary>
internal sealed record ResolvedTarget(TargetProfile Profile, string Url, IReadOnlyDictionary<string, string> SecretFallback, ReferenceStub? EmbeddedStub)
{
    /// <summary>The packs the target was resolved with.</summary>
    public Engine.Packs.PackList Packs { get; init; } = global::Conformance.Packs.ApiPacks.All;
}

/// <summary>Turns --target, --profile and --api into a target: a profile file, the stub's fixture set at a URL, or the embedded stub.</summary>
internal static class TargetResolver
{
    public static ResolvedTarget Resolve(RunRequest request)
    {
        if (request.Target is not null && !IsHttpUrl(request.Target))
        {
            throw new ConfigurationException($"--target '{request.Target}' is not an absolute http:// or https:// URL");
        }

        ResolvedTarget resolved;
        if (request.ProfilePath is not null)
        {
            var profile = request.Packs.Profiles.LoadFile(request.ProfilePath);
            if (request.Target is not null)
            {
                profile = profile.WithBaseUrl(request.Target);
            }

            // The reference stub's own profile (stub --write-profile) may use its documented default secrets.
            var fallback = profile.ReferenceStub ? StubProfile.DefaultSecretsOf(request.Packs) : new Dictionary<string, string>();
            resolved = new ResolvedTarget(profile, request.Target ?? BaseUrls(profile), fallback, null);
        }
        else if (request.Target is not null)
        {
            // The stub's fixture set at another address; control routes are only used when the profile says so.
            var profile = StubProfile.Create(request.Target, packs: request.Packs) with { ReferenceStub = false };
            resolved = new ResolvedTarget(profile, request.Target, StubProfile.DefaultSecretsOf(request.Packs), null);
        }
        else
        {
            var stub = ReferenceStub.Start(packs: request.Packs);
            resolved = new ResolvedTarget(stub.Profile, stub.Url, StubProfile.DefaultSecretsOf(request.Packs), stub);
        }

        var only = resolved.Profile.Only(request.Api);
        Validate(only);
        return resolved with { Profile = only, Packs = request.Packs };
    }

    private static void Validate(TargetProfile profile)
    {
        if (profile.Sections.FirstOrDefault(s => !IsHttpUrl(s.BaseUrl)) is { } section)
        {
            throw new ConfigurationException($"{section.Api}.baseUrl '{section.BaseUrl}' is not an absolute http(s) URL (set it in the profile or pass --target)");
        }

        if (!profile.Apis.Any())
        {
            throw new ConfigurationException("the profile has no section for the API chosen with --api");
        }
    }

    private static string BaseUrls(TargetProfile profile) =>
        string.Join(" ", profile.Sections.Select(s => s.BaseUrl).Distinct());

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
