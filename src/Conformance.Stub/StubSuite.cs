using System.Reflection;
using Conformance.Engine.Http;
using Conformance.Engine.Packs;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;
using Conformance.Packs;

namespace Conformance.Stub;

/// <summary>The suite's step bindings (one assembly per pack), and how a run against the reference stub's fixture set is wired.</summary>
public static class StubSuite
{
    /// <summary>The shipped packs' binding assemblies.</summary>
    public static IReadOnlyList<Assembly> BindingAssemblies { get; } = BindingsOf(ApiPacks.All);

    /// <summary>Every step of the shipped packs that needs a profile fixture, for <c>plan</c>.</summary>
    public static IReadOnlyList<Engine.Planning.FixtureNeed> FixtureNeeds => ApiPacks.All.FixtureNeeds;

    public static IReadOnlyList<Assembly> BindingsOf(PackList packs) => [.. packs.Select(p => p.Bindings).Distinct()];

    /// <summary>A run context for a target described by the stub's profile, its secrets falling back to the stub's documented defaults.</summary>
    public static RunContext Context(TargetProfile profile, TargetHttp http, string suiteRoot) => new()
    {
        Profile = profile,
        Secrets = new SecretStore(new SecretMasker(), StubProfile.DefaultSecrets),
        Http = http,
        Schemas = new SchemaValidator(suiteRoot),
    };

    public static Task<SuiteSession> StartSessionAsync(RunContext context, PackList? packs = null) =>
        SuiteSession.StartAsync(context, packs is null ? BindingAssemblies : BindingsOf(packs));
}
