using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;

namespace Conformance.Engine.Tests;

/// <summary>Runs the engine's demo suite (copied beside the test assembly) with this assembly's bindings.</summary>
internal static class DemoSuite
{
    public static string Root => Path.Combine(TestContext.CurrentContext.TestDirectory, "Suite");

    public static TargetProfile Profile { get; } = ApiPacks.All.Profiles.Parse("""
        { "obshell": { "baseUrl": "http://127.0.0.1:1", "passwordEnv": "DEMO_PASSWORD", "agent": {"ip": "10.10.10.1", "port": 2886} } }
        """);

    public static RunContext Context(string? root = null) => new()
    {
        Profile = Profile,
        Secrets = new SecretStore(new SecretMasker()),
        Http = new TargetHttp(new HttpOptions()),
        Schemas = new SchemaValidator(root ?? Root),
    };

    public static async Task<RunResult> RunAsync(string? root = null, RunOptions? options = null)
    {
        var suite = FeatureLoader.Load(root ?? Root);
        await using var session = await SuiteSession.StartAsync(Context(root), [typeof(DemoSuite).Assembly]);
        return await ConformanceRun.ExecuteAsync(session, suite, options ?? new RunOptions());
    }

    /// <summary>A copy of the demo suite with extra feature files, in a temp folder the caller deletes.</summary>
    public static string CopyWith(params (string Name, string Text)[] extra)
    {
        var root = Path.Combine(Path.GetTempPath(), "conformance-demo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "features", "demo"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "features", "demo"), "*.feature"))
        {
            File.Copy(file, Path.Combine(root, "features", "demo", Path.GetFileName(file)));
        }

        foreach (var (name, text) in extra)
        {
            File.WriteAllText(Path.Combine(root, "features", "demo", name), text);
        }

        return root;
    }
}
