using System.Text.Json.Nodes;
using Conformance.Cli;
using FluentAssertions;
using Microsoft.Playwright;

namespace Conformance.Report.Tests;

/// <summary>Opens report.html in headless Chromium the way a reader would: counts, a filter, a screenshot.</summary>
[NonParallelizable]
public sealed class LivingDocBrowserTests
{
    private string _outDir = null!;
    private JsonObject _certificate = null!;

    [OneTimeSetUp]
    public async Task RunTheSuiteAsync()
    {
        _outDir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "living-doc");
        var exit = await CliApp.RunAsync(["run", "--out", _outDir], new StringWriter(), new StringWriter());
        exit.Should().BeOneOf([0, 1], "the run judged the embedded stub");
        _certificate = (JsonObject)JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_outDir, "certificate.json")))!;
    }

    [Test]
    public async Task The_page_shows_the_certificate_counts_filters_by_verdict_and_level_and_renders()
    {
        Chromium.Require();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_outDir, "report.html")).AbsoluteUri);

        (await page.TextContentAsync("#verdict")).Should().Be(_certificate["verdict"]!.GetValue<string>());
        foreach (var (level, key) in new[] { ("must", "must"), ("should", "should"), ("scenarios", "scenarios") })
        {
            var totals = _certificate["totals"]![key]!;
            (await page.TextContentAsync($"#{level}-passed")).Should().Be(totals["passed"]!.ToString());
            (await page.TextContentAsync($"#{level}-failed")).Should().Be(totals["failed"]!.ToString());
            (await page.TextContentAsync($"#{level}-not-run")).Should().Be(totals["notRun"]!.ToString());
            (await page.TextContentAsync($"#{level}-not-selected")).Should().Be(totals["notSelected"]!.ToString());
        }

        var requirements = _certificate["requirements"]!.AsArray();
        (await page.Locator(".requirement").CountAsync()).Should().Be(requirements.Count);

        await page.SelectOptionAsync("#filter-level", "MUST");
        await page.SelectOptionAsync("#filter-verdict", "passed");
        var expected = requirements.Count(r => r!["level"]!.GetValue<string>() == "MUST" && r["status"]!.GetValue<string>() == "passed");
        (await page.Locator(".requirement:not(.hidden)").CountAsync()).Should().Be(expected);
        (await page.TextContentAsync("#shown")).Should().Be(expected.ToString());

        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "living-doc.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = false });
        new FileInfo(screenshot).Length.Should().BeGreaterThan(1000);
        TestContext.AddTestAttachment(screenshot, "report.html filtered to passed MUST requirements");
    }
}
