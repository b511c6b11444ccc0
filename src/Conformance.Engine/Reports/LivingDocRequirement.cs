using System.Text;
using Conformance.Engine.Catalogue;
using Conformance.Engine.Certification;
using Conformance.Engine.Results;
using static Conformance.Engine.Reports.HtmlText;

namespace Conformance.Engine.Reports;

/// <summary>One requirement in report.html: the rule, where it comes from, its verdict and its scenarios.</summary>
internal static class LivingDocRequirement
{
    public static void Append(StringBuilder html, RequirementVerdict verdict, Requirement? requirement, RunResult run)
    {
        html.Append($"<article class=\"requirement\" id=\"req-{HtmlEncode(verdict.Id)}\" data-verdict=\"{verdict.Status}\" data-level=\"{verdict.Level}\">")
            .Append($"<h3><span class=\"level\">{verdict.Level}</span> {HtmlEncode(verdict.Id)} {HtmlEncode(verdict.Title ?? string.Empty)} ")
            .Append($"<span class=\"status {verdict.Status}\">{verdict.Status}</span></h3>");
        if (verdict.Reason is { } reason)
        {
            html.Append($"<p class=\"reason\">{(verdict.Status == RequirementStatus.NotSelected ? "Not selected" : "Not judged")}: {HtmlEncode(reason)}</p>");
        }

        if (requirement is not null)
        {
            html.Append($"<p class=\"statement\">{HtmlEncode(requirement.Statement)}</p>");
            if (requirement.Source.Quote is { } quote)
            {
                html.Append($"<blockquote class=\"source\">{HtmlEncode(quote)}</blockquote>");
            }

            if (requirement.Source.Code is { } code)
            {
                html.Append($"<p class=\"code\">Real server: <code>{HtmlEncode(code)}</code></p>");
            }

            if (requirement.Deviation is { } deviation)
            {
                html.Append($"<p class=\"deviation\">Document and server disagree: {HtmlEncode(deviation)}</p>");
            }
        }

        html.Append($"<details{(verdict.Status == "failed" ? " open" : string.Empty)}><summary>{verdict.Scenarios.Count} scenario(s)</summary>");
        foreach (var scenario in verdict.Scenarios)
        {
            var result = run.Results.FirstOrDefault(r => r.Case.Location == scenario.Location && r.Case.Name == scenario.Name);
            LivingDocScenario.Append(html, scenario, result);
        }

        html.Append("</details></article>");
    }
}
