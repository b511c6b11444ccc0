using System.Globalization;
using System.Xml.Linq;
using Conformance.Engine.Certification;
using Conformance.Engine.Results;

namespace Conformance.Engine.Reports;

/// <summary>junit.xml in the shape GitHub, GitLab and Jenkins read: one testsuite per feature, one testcase per scenario.</summary>
public static class JUnitWriter
{
    public static string Render(RunResult run)
    {
        var suites = run.Results.GroupBy(r => r.Case.Feature.RelativePath).Select(Suite).ToList();
        suites.AddRange(run.Problems.GroupBy(p => p.RelativePath).Select(g => new XElement("testsuite",
            new XAttribute("name", g.Key), new XAttribute("tests", g.Count()), new XAttribute("failures", g.Count()),
            g.Select(p => new XElement("testcase", new XAttribute("name", $"{p.Location} (suite problem)"), new XAttribute("classname", g.Key),
                new XElement("failure", new XAttribute("message", p.Message), p.ToString()))))));
        var root = new XElement("testsuites",
            new XAttribute("name", "conformance"),
            new XAttribute("tests", run.Results.Count + run.Problems.Count),
            new XAttribute("failures", run.Results.Count(r => r.Status == ScenarioStatus.Failed) + run.Problems.Count),
            new XAttribute("skipped", run.Results.Count(r => r.Status is ScenarioStatus.NotRun or ScenarioStatus.NotSelected)),
            new XAttribute("time", Seconds((run.EndedAt - run.StartedAt).TotalSeconds)),
            suites);

        // Whatever the testcases left (suite names, problems) is made fit too: one unfit character would cost the whole file.
        Escape(root);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).ToString();
    }

    public static void Write(RunResult run, string path) => AtomicFile.WriteAllText(path, Render(run));

    private static XElement Suite(IGrouping<string, ScenarioResult> feature) => new("testsuite",
        new XAttribute("name", feature.First().Case.Feature.Title),
        new XAttribute("file", feature.Key),
        new XAttribute("tests", feature.Count()),
        new XAttribute("failures", feature.Count(r => r.Status == ScenarioStatus.Failed)),
        new XAttribute("skipped", feature.Count(r => r.Status is ScenarioStatus.NotRun or ScenarioStatus.NotSelected)),
        new XAttribute("time", Seconds(feature.Sum(r => r.Duration.TotalSeconds))),
        feature.Select(Case));

    private static XElement Case(ScenarioResult r)
    {
        var element = new XElement("testcase",
            new XAttribute("name", r.Case.Name),
            new XAttribute("classname", r.Case.Feature.RelativePath.Replace('/', '.')),
            new XAttribute("file", r.Case.Feature.RelativePath),
            new XAttribute("line", r.Case.Line),
            new XAttribute("time", Seconds(r.Duration.TotalSeconds)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "requirement"), new XAttribute("value", r.Case.RequirementId)),
                new XElement("property", new XAttribute("name", "level"), new XAttribute("value", CertificateBuilder.LevelName(r.Case.Level))),
                new XElement("property", new XAttribute("name", "api"), new XAttribute("value", r.Case.Api))));
        if (r.Status == ScenarioStatus.Failed)
        {
            element.Add(new XElement("failure",
                new XAttribute("message", $"[{r.Case.RequirementId} {CertificateBuilder.LevelName(r.Case.Level)}] {FirstLine(r.Message)}"),
                $"{r.Case.Location}\n{(r.FailedStep is null ? string.Empty : $"step: {r.FailedStep}\n")}{r.Message}"));
        }
        else if (r.Status == ScenarioStatus.NotRun)
        {
            element.Add(new XElement("skipped", new XAttribute("message", $"not run: {r.Message ?? "no reason given"}")));
        }
        else if (r.Status == ScenarioStatus.NotSelected)
        {
            element.Add(new XElement("skipped", new XAttribute("message", $"not selected: {r.Message ?? "outside the run's scope"}")));
        }

        if (r.FixtureLog.Count > 0)
        {
            element.Add(new XElement("system-out", string.Join("\n", r.FixtureLog.Select(f => $"fixture (not judged): {f}"))));
        }

        // The message is what a CI page shows: it says itself when its text is not exactly what the target sent.
        if ((element.Element("failure") ?? element.Element("skipped"))?.Attribute("message") is { } message)
        {
            var text = ReportText.Escape(message.Value, out var replaced);
            message.Value = replaced == 0 ? text : $"{text} {ReportText.ReplacedNote(replaced)}";
        }

        Escape(element);
        return element;
    }

    /// <summary>Escapes every attribute and text node under <paramref name="element"/>.</summary>
    private static void Escape(XElement element)
    {
        foreach (var e in element.DescendantsAndSelf())
        {
            foreach (var attribute in e.Attributes())
            {
                attribute.Value = ReportText.Escape(attribute.Value);
            }

            foreach (var text in e.Nodes().OfType<XText>())
            {
                text.Value = ReportText.Escape(text.Value);
            }
        }
    }

    private static string FirstLine(string? text) => (text ?? string.Empty).Split('\n')[0];

    private static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);
}
