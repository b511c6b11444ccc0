using System.Text.Json.Nodes;
using System.Xml.Linq;
using Conformance.Stub;
using FluentAssertions;

namespace Conformance.Cli.Tests.Explore;

/// <summary>explore's report.html: an Exploration section listing every finding of exploration.json, escaped, readable by a parser.</summary>
[TestFixture]
[Category("explore")]
public sealed class ExplorationReportTests
{
    [Test]
    public async Task Report_html_lists_every_finding_with_its_minimal_request_and_replay_file()
    {
        using var stub = ReferenceStub.Start(deviations: ["cce-api-version-ignored", "cce-text-plain-accepted"]);
        using var folder = new TempFolder();
        var profile = folder.File("stub.json", StubProfile.Text(stub.Url));
        using var run = await new CliRun().RunAsync("explore", "--profile", profile, "--api", "cce", "--seed", "2", "--out", folder["out"]);
        run.ExitCode.Should().Be(1, run.Output + run.Error);

        var findings = JsonNode.Parse(File.ReadAllText(Path.Combine(folder["out"], "exploration.json")))!["findings"]!.AsArray();
        findings.Should().HaveCountGreaterThanOrEqualTo(2);
        var rows = Section(folder["out"]).Descendants("tr").Where(tr => (string?)tr.Attribute("class") == "finding").ToList();
        rows.Should().HaveCount(findings.Count);
        foreach (var (finding, row) in findings.Zip(rows))
        {
            string Cell(string name) => row.Elements("td").Single(td => (string?)td.Attribute("class") == name).Value;
            Cell("requirement").Should().Be(finding!["requirementId"]!.GetValue<string>());
            Cell("level").Should().Be(finding["level"]!.GetValue<string>());
            Cell("check").Should().StartWith(finding["check"]!.GetValue<string>());
            Cell("request").Should().Contain(finding["request"]!["body"]!.GetValue<string>()).And.Contain("PUT /api/v3/projects/");
            Cell("answer").Should().StartWith(finding["status"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Cell("replay").Should().Be(finding["replayFile"]!.GetValue<string>());
            File.Exists(Path.Combine(folder["out"], Cell("replay"))).Should().BeTrue();
        }

        // The bodies' quotes reach the page as entities, not as markup.
        File.ReadAllText(Path.Combine(folder["out"], "report.html")).Should().Contain("&quot;spec&quot;");
        run.Output.Should().Contain("report.html");
    }

    [Test]
    public async Task Without_findings_the_section_says_so()
    {
        using var folder = new TempFolder();
        using var run = await new CliRun().RunAsync("explore", "--budget", "20", "--seed", "1", "--out", folder["out"]);
        run.ExitCode.Should().Be(0, run.Output + run.Error);

        var section = Section(folder["out"]);
        section.Descendants("p").Should().Contain(p => (string?)p.Attribute("class") == "none" && p.Value == "No findings.");
        section.Descendants("li").Select(li => (string?)li.Attribute("data-api")).Should().Equal("obshell", "cce");
    }

    /// <summary>The Exploration section, parsed as XML: it must be well-formed, so any unescaped text fails here.</summary>
    private static XElement Section(string outDir)
    {
        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        var start = html.IndexOf("<section id=\"exploration\">", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "report.html has an Exploration section");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal) + "</section>".Length;
        var section = XElement.Parse(html[start..end]);
        section.Element("h2")!.Value.Should().Be("Exploration");
        return section;
    }
}
