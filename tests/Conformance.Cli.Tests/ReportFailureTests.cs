using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>A report that cannot be written costs only itself: the certificate and the other reports are still written.</summary>
[NonParallelizable]
public sealed class ReportFailureTests
{
    [Test]
    public async Task A_report_that_cannot_be_written_is_a_problem_in_the_certificate_and_the_run_exits_1()
    {
        using var cli = new CliRun();

        // A folder where junit.xml should go: its rename into place fails, as a disk or a writer's bug would.
        Directory.CreateDirectory(Path.Combine(cli.OutDir, "junit.xml"));
        await cli.RunAsync("run", "--api", "obshell", "--tags", "@req:OBS-002 and not @consumes-node", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(1, $"a run that lost a report is never conformant\nstdout:\n{cli.Output}\nstderr:\n{cli.Error}");
        var certificate = cli.Certificate;
        certificate["outcome"]!.GetValue<string>().Should().Be("not-conformant");
        certificate["reason"]!.GetValue<string>().Should().StartWith("the harness could not write 1 report(s): junit.xml could not be written:");
        certificate["problems"]!.AsArray().Select(p => p!.GetValue<string>()).Should().ContainSingle().Which.Should().StartWith("junit.xml could not be written:");
        certificate["totals"]!["scenarios"]!["passed"]!.GetValue<int>().Should().Be(1, "the target's own verdict is still recorded");
        File.Exists(Path.Combine(cli.OutDir, "report.html")).Should().BeTrue();
        File.Exists(Path.Combine(cli.OutDir, "cucumber.ndjson")).Should().BeTrue();
        cli.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("junit.xml could not be written");
        cli.Output.Should().Contain("report error: junit.xml could not be written");
    }

    [Test]
    public async Task An_exploration_report_that_cannot_be_written_costs_only_itself()
    {
        using var cli = new CliRun();

        Directory.CreateDirectory(Path.Combine(cli.OutDir, "report.html"));
        await cli.RunAsync("explore", "--api", "cce", "--budget", "20", "--seed", "7", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(1, $"an exploration that lost a report is never clean\nstdout:\n{cli.Output}\nstderr:\n{cli.Error}");
        File.Exists(Path.Combine(cli.OutDir, "exploration.json")).Should().BeTrue();
        File.Exists(Path.Combine(cli.OutDir, "junit.xml")).Should().BeTrue();
        cli.Output.Should().Contain("report error: report.html could not be written");
        cli.Error.Trim().Split('\n')[^1].Should().StartWith("not conformant: the harness could not write 1 report(s): report.html could not be written");
    }
}
