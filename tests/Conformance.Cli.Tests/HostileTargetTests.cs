using Conformance.Engine.Tests.Hostile;
using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>Whatever bytes a target answers with, a run judges it and writes all five reports, each of which parses.</summary>
[NonParallelizable]
public sealed class HostileTargetTests
{
    [TestCase(FaultMode.NulBytes, "\\u0000")]
    [TestCase(FaultMode.InvalidUtf8, "\uFFFD")]
    [TestCase(FaultMode.LoneSurrogates, null)]
    [TestCase(FaultMode.Script, "<script>alert('body')</script>")]
    [TestCase(FaultMode.SplitPair, "xxx...")]
    [TestCase(FaultMode.Megabytes, "\\u0000<script>x</script>\\u0007]]>\\u001B")]
    public async Task The_five_reports_are_written_and_parse_whatever_the_target_answers(FaultMode mode, string? inMessage)
    {
        await using var server = FaultServer.Start(mode);
        using var cli = new CliRun();

        // One MUST scenario that reads the body (obshell's /api/v1/info) keeps each run to a second or two.
        await cli.RunAsync("run", "--target", server.BaseUrl, "--api", "obshell", "--tags", "@req:OBS-002 and not @consumes-node", "--request-timeout", "2", "--out", cli.OutDir);

        cli.ExitCode.Should().Be(1, $"a wrong answer is a verdict\nstdout:\n{cli.Output}\nstderr:\n{cli.Error}");
        ReportFiles.AllParse(cli.OutDir);
        var failure = ReportFiles.Junit(cli.OutDir).Descendants("failure").Should().ContainSingle().Subject;
        if (inMessage is not null)
        {
            failure.Value.Should().Contain(inMessage);
        }

        cli.Certificate["problems"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task A_script_in_a_body_or_a_header_reaches_report_html_only_as_text()
    {
        await using var server = FaultServer.Start(FaultMode.Script);
        using var cli = new CliRun();

        await cli.RunAsync("run", "--target", server.BaseUrl, "--api", "obshell", "--tags", "@req:OBS-002 and not @consumes-node", "--request-timeout", "2", "--out", cli.OutDir);

        var html = await File.ReadAllTextAsync(Path.Combine(cli.OutDir, "report.html"));
        html.Should().Contain("X-Hostile: &lt;script&gt;alert(&#39;header&#39;)&lt;/script&gt;")
            .And.Contain("&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;")
            .And.NotContain("<script>alert");
    }
}
