using System.Text.Json.Nodes;
using FluentAssertions;

namespace Conformance.Cli.Tests.Explore;

/// <summary>
/// The same --seed sends the same requests in every process, as its help promises: two processes, not two runs in
/// one, since a generator drawing from per-process state (string or HashCode hashing) agrees with itself in one process.
/// </summary>
[Category("explore")]
public sealed class SeedReproducibilityTests
{
    [TestCase("cce")]
    [TestCase("obshell")]
    public async Task Two_processes_with_one_seed_send_the_same_request_sequence(string api)
    {
        using var folder = new TempFolder();
        var cli = typeof(CliApp).Assembly.Location;

        var sequences = new List<string>();
        foreach (var run in new[] { "a", "b" })
        {
            var (code, output) = await ProcessRun.RunAsync("dotnet", folder.Path, TimeSpan.FromSeconds(120),
                cli, "explore", "--api", api, "--seed", "1", "--budget", "120", "--out", folder[run]);
            code.Should().Be(0, output);
            var report = JsonNode.Parse(File.ReadAllText(Path.Combine(folder[run], "exploration.json")))!;
            sequences.Add(report["apis"]![0]!["sequenceSha256"]!.GetValue<string>());
        }

        sequences[1].Should().Be(sequences[0], $"--seed 1 must send the same {api} requests in every process");
    }
}
