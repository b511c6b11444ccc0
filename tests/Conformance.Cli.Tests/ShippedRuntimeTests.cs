using System.Text.Json.Nodes;
using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>The CLI in its own process, with its own runtime configuration (no run-time code generation), runs the whole suite.</summary>
[Category("slow")]
public sealed class ShippedRuntimeTests
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "conformance.dll");

    [Test]
    public void The_cli_is_configured_for_short_runs_on_few_cores()
    {
        var properties = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(Cli, ".runtimeconfig.json")))!["runtimeOptions"]!["configProperties"]!;

        properties["System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"]!.GetValue<bool>()
            .Should().BeFalse("the CLI interprets expression trees, regexes and reflection calls rather than compiling them");
        properties["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"]!.GetValue<int>()
            .Should().Be(0, "idle thread-pool threads should leave the cores to the scenarios and the embedded stub");
    }

    [Test]
    public async Task Every_scenario_passes_against_the_embedded_stub_without_run_time_code_generation()
    {
        using var dir = new TempFolder();

        // In-process tests run with the test host's configuration; only a process of its own reads the CLI's.
        var run = await ProcessRun.RunAsync("dotnet", ProcessRun.RepoRoot(), TimeSpan.FromSeconds(120), Cli, "run", "--out", dir["r"]);

        run.Code.Should().Be(0, run.Output);
        var certificate = JsonNode.Parse(File.ReadAllText(Path.Combine(dir["r"], "certificate.json")))!;
        certificate["outcome"]!.GetValue<string>().Should().Be("conformant");
        run.Output.Should().MatchRegex(@"[1-9]\d* passed, 0 failed, 0 not run");
    }
}
