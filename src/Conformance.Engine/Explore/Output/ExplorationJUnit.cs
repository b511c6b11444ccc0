using System.Xml.Linq;
using Conformance.Engine.Reports;

namespace Conformance.Engine.Explore.Output;

/// <summary>junit.xml for an exploration: one testcase per check per API, failed by that check's findings.</summary>
public static class ExplorationJUnit
{
    public static XDocument Build(IReadOnlyList<(ApiExploration Result, IReadOnlyList<string> Checks)> apis) =>
        new(new XElement("testsuites", apis.Select(a =>
        {
            var cases = a.Checks.Select(check =>
            {
                var broken = a.Result.Findings.Where(f => f.Violation.Check == check).ToList();
                var element = new XElement("testcase", new XAttribute("classname", $"explore.{a.Result.Api}"), new XAttribute("name", check));
                if (broken.Count > 0)
                {
                    // A detail may quote the target: what XML 1.0 cannot carry is escaped, as in run's junit.xml.
                    element.Add(new XElement("failure",
                        new XAttribute("message", ReportText.Escape(string.Join("; ", broken.Select(f => $"{f.Violation.RequirementId} ({f.Violation.Level}): {f.Violation.Detail}")))),
                        ReportText.Escape(string.Join("\n", broken.Select(f => $"{f.Violation.RequirementId} {f.Request.Method} {f.Request.Path} -> {f.Status}; replay: {f.ReplayFile}")))));
                }

                return element;
            }).ToList();
            return new XElement("testsuite",
                new XAttribute("name", $"explore-{a.Result.Api}"),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
                new XAttribute("time", a.Result.Elapsed.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)),
                cases);
        })));
}
