using System.Reflection;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;

namespace Conformance.Stub;

/// <summary>The suite's step bindings (one assembly per API), and how a run against the reference stub's fixture set is wired.</summary>
public static class StubSuite
{
    public static IReadOnlyList<Assembly> BindingAssemblies { get; } =
    [
        typeof(Obshell.Stub.ObshellStub).Assembly,
        typeof(Cce.Stub.CceStub).Assembly,
    ];

    /// <summary>Every step of both APIs that needs a profile fixture, for <c>plan</c>.</summary>
    public static IReadOnlyList<Engine.Planning.FixtureNeed> FixtureNeeds { get; } =
        [.. Obshell.Steps.ObshellFixtureNeeds.All, .. Cce.Steps.CceFixtureNeeds.All];

    /// <summary>A run context for a target described by the stub's profile, its secrets falling back to the stub's documented defaults.</summary>
    public static RunContext Context(TargetProfile profile, TargetHttp http, string suiteRoot) => new()
    {
        Profile = profile,
        Secrets = new SecretStore(new SecretMasker(), StubProfile.DefaultSecrets),
        Http = http,
        Schemas = new SchemaValidator(suiteRoot),
    };

    public static Task<SuiteSession> StartSessionAsync(RunContext context) => SuiteSession.StartAsync(context, BindingAssemblies);
}
