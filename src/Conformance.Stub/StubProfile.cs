using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine.Packs;
using Conformance.Engine.Profiles;
using Conformance.Packs;

namespace Conformance.Stub;

/// <summary>The reference stub's fixture set as a target profile, and the default secret values its environment variables take.</summary>
public static class StubProfile
{
    /// <summary>How errors in the stub's own profile name it.</summary>
    internal const string Source = "reference stub profile";

    /// <summary>The shipped stub's documented default secrets, keyed by the environment variable the profile names.</summary>
    public static IReadOnlyDictionary<string, string> DefaultSecrets { get; } = DefaultSecretsOf(ApiPacks.All);

    /// <summary>Every pack's documented default stub secrets, keyed by the environment variable the profile names.</summary>
    public static IReadOnlyDictionary<string, string> DefaultSecretsOf(PackList packs) =>
        packs.SelectMany(p => p.Stub.DefaultSecrets).ToDictionary(kv => kv.Key, kv => kv.Value);

    /// <param name="small">See <see cref="Json(string, bool, PackList?)"/>.</param>
    public static TargetProfile Create(string baseUrl, bool small = false, PackList? packs = null)
    {
        packs ??= ApiPacks.All;
        return packs.Profiles.Parse(Json(baseUrl, small, packs).ToJsonString(), Source);
    }

    /// <summary>The profile as the JSON file <c>stub --write-profile</c> writes, for the stub's default fixtures.</summary>
    /// <param name="small">
    /// Describe a cluster like a real test one: one removable node per API, each with a restore that brings it back
    /// (the server's own way where the API has one, else a command calling the stub's re-add control route), so the
    /// harness must restore between scenarios instead of using up a long list.
    /// </param>
    public static JsonObject Json(string baseUrl, bool small = false, PackList? packs = null) =>
        Compose(baseUrl, (packs ?? ApiPacks.All).Select(p => (p.Name, (Func<string, JsonObject>)(control => p.Stub.ProfileSection(baseUrl, control, small)))));

    /// <summary>The profile describing a running stub's lanes (scaled fixtures included).</summary>
    internal static JsonObject Json(string baseUrl, ReferenceStub stub) =>
        Compose(baseUrl, stub.Served.Select(s => (s.Pack.Name, (Func<string, JsonObject>)(control => s.Lane.ProfileSection(baseUrl, control, small: false)))));

    /// <param name="small">See <see cref="Json(string, bool, PackList?)"/>.</param>
    public static string Text(string baseUrl, bool small = false, PackList? packs = null) =>
        Json(baseUrl, small, packs).ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <param name="sections">Per API: its section, given the URL of its control routes.</param>
    private static JsonObject Compose(string baseUrl, IEnumerable<(string Api, Func<string, JsonObject> Section)> sections)
    {
        var profile = new JsonObject { ["referenceStub"] = true };
        foreach (var (api, section) in sections)
        {
            profile[api] = section(ControlRoutes.UrlFor(baseUrl, api));
        }

        return profile;
    }
}
