using System.Text;
using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>Runs the whole suite with canary secrets and searches every output for them, raw and base64.</summary>
[NonParallelizable]
public sealed class SecretsCanaryTests
{
    private static readonly Dictionary<string, string> Canaries = new()
    {
        ["OBSHELL_PASSWORD"] = "Canary-Obs-7f3a9c1e",
        ["CCE_TOKEN"] = "CanaryToken-5b2d8e4f0a61",
        ["CCE_AK"] = "CANARYAK7Q2W9E4R",
        ["CCE_SK"] = "CanarySecretKey-1c6e0b9d2f84",
    };

    [Test]
    public async Task No_secret_reaches_stdout_stderr_or_any_report()
    {
        var previous = Canaries.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        using var cli = new CliRun();
        try
        {
            foreach (var (name, value) in Canaries)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            await cli.RunAsync("run", "--out", cli.OutDir);
        }
        finally
        {
            foreach (var (name, value) in previous)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        cli.ExitCode.Should().Be(0, "the stub takes the same canary secrets, so the run is a real one:\n" + cli.Output + cli.Error);
        var outputs = Directory.EnumerateFiles(cli.OutDir, "*", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .Append((Name: "stdout", Text: cli.Output))
            .Append((Name: "stderr", Text: cli.Error))
            .ToList();
        outputs.Select(o => o.Name).Should().Contain(["junit.xml", "cucumber.ndjson", "report.html", "cucumber.html", "certificate.json"]);
        foreach (var secret in Canaries.Values)
        {
            foreach (var form in new[] { secret, Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)) })
            {
                outputs.Where(o => o.Text.Contains(form, StringComparison.Ordinal)).Select(o => o.Name)
                    .Should().BeEmpty($"the secret '{secret[..6]}…' must not appear (as '{form[..6]}…')");
            }
        }
    }
}
