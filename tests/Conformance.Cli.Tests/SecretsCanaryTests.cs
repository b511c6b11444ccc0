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
        using var cli = new CliRun();
        await WithCanariesAsync(() => cli.RunAsync("run", "--out", cli.OutDir));

        cli.ExitCode.Should().Be(0, "the stub takes the same canary secrets, so the run is a real one:\n" + cli.Output + cli.Error);
        AssertNoCanary(cli);
    }

    /// <summary>
    /// The restore path: obshell's scale-out body carries the agent password (encrypted on the wire, shown in the
    /// report's exchanges as plaintext), and a restore command that prints its environment puts every secret in the
    /// output the report keeps.
    /// </summary>
    [Test]
    public async Task No_secret_reaches_any_report_through_restore()
    {
        if (!File.Exists("/bin/sh") || !(Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, "curl"))))
        {
            Conformance.Testing.Prerequisite.Missing("sh and curl are needed for the restore command");
        }

        using var cli = new CliRun();
        await WithCanariesAsync(async () =>
        {
            using var stub = Conformance.Stub.ReferenceStub.Start();
            var json = Conformance.Stub.StubProfile.Json(stub.Url, small: true);
            json["cce"]!["restore"]!["command"] = new System.Text.Json.Nodes.JsonArray(
                "sh", "-c", "echo \"env: $OBSHELL_PASSWORD $CCE_TOKEN $CCE_AK $CCE_SK\"; curl -fsS -X POST \"$1/__conformance/cce/nodes/$0/readd\"", "{uid}", stub.Url);
            var profile = Path.Combine(Path.GetTempPath(), $"canary-small-{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(profile, json.ToJsonString());
            try
            {
                await cli.RunAsync("run", "--profile", profile, "--out", cli.OutDir);
            }
            finally
            {
                File.Delete(profile);
            }
        });

        cli.ExitCode.Should().Be(0, cli.Output + cli.Error);
        File.ReadAllText(Path.Combine(cli.OutDir, "report.html")).Should().Contain("env: *** *** *** ***", "the restore output is kept, masked");
        AssertNoCanary(cli);
    }

    private static async Task WithCanariesAsync(Func<Task> run)
    {
        var previous = Canaries.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var (name, value) in Canaries)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            await run();
        }
        finally
        {
            foreach (var (name, value) in previous)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    private static void AssertNoCanary(CliRun cli)
    {
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
