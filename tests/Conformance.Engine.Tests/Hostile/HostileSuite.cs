using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;
using Conformance.Engine.Tags;

namespace Conformance.Engine.Tests.Hostile;

/// <summary>Runs only the hostile suite (features/hostile) against one base URL with limits short enough that every fault ends in seconds.</summary>
internal static class HostileSuite
{
    /// <summary>Far above any run here; reaching it means the engine hung, and the test fails instead of hanging too.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(45);

    public static HttpOptions Limits { get; } = new()
    {
        RequestTimeout = TimeSpan.FromSeconds(1),
        ConnectTimeout = TimeSpan.FromSeconds(1),
        MaxResponseBytes = 1024 * 1024,
    };

    /// <summary>Only the case of the first Examples row.</summary>
    public static RunOptions FirstCaseOnly { get; } = new() { Tags = TagExpression.Parse("@first") };

    public static Task<RunResult> RunAsync(string baseUrl, HttpOptions? http = null, RunOptions? options = null, CancellationToken cancellation = default) =>
        RunCoreAsync(baseUrl, http ?? Limits, options ?? new RunOptions(), cancellation).WaitAsync(Guard);

    private static async Task<RunResult> RunCoreAsync(string baseUrl, HttpOptions http, RunOptions options, CancellationToken cancellation)
    {
        var root = CopySuite();
        try
        {
            using var client = new TargetHttp(http);
            var context = new RunContext
            {
                Profile = DemoSuite.Profile.WithBaseUrl(baseUrl),
                Secrets = new SecretStore(new SecretMasker()),
                Http = client,
                Schemas = new SchemaValidator(root),
                Cancellation = cancellation,
            };
            var suite = FeatureLoader.Load(root);
            await using var session = await SuiteSession.StartAsync(context, [typeof(HostileSuite).Assembly]);
            return await ConformanceRun.ExecuteAsync(session, suite, options, cancellation: cancellation);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // The file ships as .feature.txt so the demo suite, which loads every features/**/*.feature, never sees it.
    private static string CopySuite()
    {
        var root = Path.Combine(Path.GetTempPath(), "conformance-hostile-" + Guid.NewGuid().ToString("N"));
        var target = Path.Combine(root, "features", "hostile");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(DemoSuite.Root, "features", "hostile"), "*.feature.txt"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)[..^".txt".Length]));
        }

        return root;
    }
}
