using FluentAssertions;

namespace Conformance.Cli.Tests;

[NonParallelizable]
public sealed class RunCommandTests
{
    [Test]
    public async Task Run_without_a_target_judges_the_embedded_stub_and_writes_the_four_reports()
    {
        using var cli = new CliRun();

        await cli.RunAsync("run", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(0, $"stdout:\n{cli.Output}\nstderr:\n{cli.Error}");
        foreach (var file in new[] { "junit.xml", "cucumber.ndjson", "report.html", "certificate.json" })
        {
            File.Exists(Path.Combine(cli.OutDir, file)).Should().BeTrue($"{file} is one of the four reports");
        }

        var certificate = cli.Certificate;
        certificate["verdict"]!.GetValue<string>().Should().Be("conformant");
        certificate["suite"]!["sha256"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{64}$");
        certificate["target"]!["url"]!.GetValue<string>().Should().StartWith("http://127.0.0.1:");
        var requirements = certificate["requirements"]!.AsArray();
        requirements.Should().NotBeEmpty();
        foreach (var r in requirements)
        {
            r!["api"]!.GetValue<string>().Should().BeOneOf("obshell", "cce");
            r["level"]!.GetValue<string>().Should().BeOneOf("MUST", "SHOULD");
            r["status"]!.GetValue<string>().Should().BeOneOf("passed", "failed", "not-run");
        }

        cli.Output.Should().Contain("verdict: conformant");
        Directory.EnumerateFiles(cli.OutDir, "*.tmp").Should().BeEmpty("reports are renamed into place");

        // A log gets one whole line per scenario, however long its name: nothing wrapped at a console width.
        var lines = cli.Output.Split('\n');
        var total = certificate["totals"]!["scenarios"]!["passed"]!.GetValue<int>();
        lines.Count(l => l.StartsWith('[')).Should().Be(total);
        lines.Should().Contain(l => l.StartsWith('[') && l.Length > 120, "some scenario names are longer than a console is wide");
    }

    [Test]
    public async Task An_unreachable_target_exits_3_with_one_line_and_still_writes_the_certificate()
    {
        using var cli = new CliRun();

        await cli.RunAsync("run", "--target", "http://127.0.0.1:1", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(3);
        cli.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("could-not-run:").And.Contain("127.0.0.1:1");
        cli.Certificate["outcome"]!.GetValue<string>().Should().Be("could-not-run");
        cli.Certificate["verdict"]!.GetValue<string>().Should().Be("not-conformant");
    }

    [Test]
    public async Task A_missing_profile_exits_2_naming_it()
    {
        using var cli = new CliRun();

        await cli.RunAsync("run", "--profile", "missing.json", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(2);
        cli.Error.Trim().Should().Be("configuration error: profile file not found: missing.json");
        cli.Certificate["outcome"]!.GetValue<string>().Should().Be("configuration-error");
    }

    [Test]
    public async Task A_profile_whose_secret_variable_is_unset_exits_2_naming_the_variable()
    {
        using var cli = new CliRun();
        var profile = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(profile, """
            { "obshell": { "baseUrl": "http://127.0.0.1:1", "passwordEnv": "CONFORMANCE_TEST_UNSET_PASSWORD",
                           "agent": {"ip": "10.10.10.1", "port": 2886} } }
            """);
        try
        {
            await cli.RunAsync("run", "--profile", profile, "--out", cli.OutDir);
        }
        finally
        {
            File.Delete(profile);
        }

        cli.ExitCode.Should().Be(2);
        cli.Error.Should().Contain("CONFORMANCE_TEST_UNSET_PASSWORD").And.Contain("obshell.passwordEnv");
    }

    [Test]
    public async Task Timings_name_each_phase_on_stderr_and_leave_stdout_alone()
    {
        using var cli = new CliRun();

        await cli.RunAsync("run", "--api", "cce", "--tags", "@req:CCE-070", "--timings", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(0, cli.Error);
        foreach (var phase in new[] { "runtime start", "suite and target", "Reqnroll session", "scenarios", "Reqnroll reports", "our reports", "total from process start" })
        {
            cli.Error.Should().MatchRegex($@"timing: {phase} +\d+ ms");
        }

        cli.Error.Should().MatchRegex(@"timing: CPU \d+ ms; JIT \d+ methods, \d+ ms; GC \d+/\d+/\d+ \(gen 0/1/2\), paused \d+ ms");
        cli.Output.Should().NotContain("timing:");
    }

    [Test]
    public async Task A_tag_expression_starting_with_at_selects_scenarios_rather_than_naming_a_response_file()
    {
        using var cli = new CliRun();

        await cli.RunAsync("run", "--api", "obshell", "--tags", "@must and @req:OBS-004", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(0, cli.Error);
        var requirements = cli.Certificate["requirements"]!.AsArray();
        var judged = requirements.Where(r => r!["status"]!.GetValue<string>() != "not-selected");
        judged.Select(r => r!["id"]!.GetValue<string>()).Should().Equal("OBS-004");
        requirements.Should().Contain(r => r!["id"]!.GetValue<string>() == "CCE-050", "the other API's requirements are listed, as not selected");
        requirements.Where(r => r!["status"]!.GetValue<string>() == "not-run").Should().BeEmpty("nothing outside --tags/--api is 'not run'");
        cli.Certificate["totals"]!["must"]!["notRun"]!.GetValue<int>().Should().Be(0);
    }

    [Test]
    public async Task A_deviating_stub_judged_through_its_written_profile_is_not_conformant_naming_the_requirement()
    {
        using var stub = Conformance.Stub.ReferenceStub.Start(deviations: ["cce-password-echoed"]);
        var profile = Path.Combine(Path.GetTempPath(), $"stub-profile-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(profile, Conformance.Stub.StubProfile.Text(stub.Url));
        using var cli = new CliRun();
        try
        {
            // No secret variables are set: the reference stub's profile falls back to its documented defaults.
            await cli.RunAsync("run", "--profile", profile, "--api", "cce", "--out", cli.OutDir);
        }
        finally
        {
            File.Delete(profile);
        }

        cli.ExitCode.Should().Be(1, cli.Error);
        cli.Error.Should().StartWith("not-conformant:").And.Contain("CCE-032");
        var failed = cli.Certificate["requirements"]!.AsArray().Where(r => r!["status"]!.GetValue<string>() == "failed");
        failed.Select(r => r!["id"]!.GetValue<string>()).Should().Contain("CCE-032");
    }

    [TestCase("run", "--api", "nova")]
    [TestCase("run", "--bogus")]
    [TestCase("run", "--target", "not a url")]
    [TestCase("run", "--tags", "@must and")]
    [TestCase("run", "--shard", "5/4")]
    public async Task Bad_arguments_exit_2_with_one_readable_line(params string[] args)
    {
        using var cli = new CliRun();

        await cli.RunAsync([.. args, "--out", cli.OutDir]);

        cli.ExitCode.Should().Be(2);
        cli.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().MatchRegex("^(usage|configuration) error: ");
    }
}
