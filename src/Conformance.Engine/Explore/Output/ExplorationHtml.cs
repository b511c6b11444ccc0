using System.Globalization;
using System.Text;
using Conformance.Engine.Reports;
using static Conformance.Engine.Reports.HtmlText;

namespace Conformance.Engine.Explore.Output;

/// <summary>
/// report.html for an exploration: an "Exploration" section with each API's counts and every finding (requirement,
/// level, check, minimal request, answer excerpt, replay file). Every text goes through <see cref="HtmlText"/>, and the
/// section is well-formed XML so a consumer (or a test) can read it with an XML parser.
/// </summary>
public static class ExplorationHtml
{
    public static string Build(ulong seed, string target, IReadOnlyList<ApiExploration> apis, Func<string, string> mask)
    {
        string Text(string? s) => HtmlEncode(mask(s ?? string.Empty));
        var findings = apis.SelectMany(a => a.Findings).ToList();
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>Exploration: {Text(target)}</title><style>{LivingDocAssets.Css}</style></head><body>")
            .Append("<section id=\"exploration\"><h2>Exploration</h2>")
            .Append($"<p>Target <code id=\"target\">{Text(target)}</code>, seed <code id=\"seed\">{seed.ToString(CultureInfo.InvariantCulture)}</code>.</p><ul class=\"apis\">");
        foreach (var a in apis)
        {
            html.Append($"<li data-api=\"{Text(a.Api)}\">{Text(a.Api)}: {a.Requests} request(s) + {a.ShrinkRequests} shrinking in {a.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ")
                .Append($"({a.RequestsPerSecond.ToString("0", CultureInfo.InvariantCulture)} req/s), {a.Findings.Count} finding(s){(a.Stopped ? "; stopped answering" : string.Empty)}</li>");
        }

        html.Append("</ul>");
        if (findings.Count == 0)
        {
            html.Append("<p class=\"none\">No findings.</p>");
        }
        else
        {
            html.Append("<table id=\"findings\"><thead><tr><th>API</th><th>Requirement</th><th>Level</th><th>Check</th><th>Minimal request</th><th>Answer</th><th>Replay file</th></tr></thead><tbody>");
            foreach (var f in findings)
            {
                var r = f.Request;
                var request = $"{r.Method} {r.Path}" + (r.ContentType is null ? string.Empty : $"\nContent-Type: {r.ContentType}") + (r.Fault is null ? string.Empty : $"\nauth fault: {r.Fault}") + (r.Body is null ? string.Empty : $"\n\n{r.Body}");
                html.Append($"<tr class=\"finding\" data-requirement=\"{Text(f.Violation.RequirementId)}\" data-level=\"{Text(f.Violation.Level)}\">")
                    .Append($"<td class=\"api\">{Text(f.Api)}</td><td class=\"requirement\">{Text(f.Violation.RequirementId)}</td><td class=\"level\">{Text(f.Violation.Level)}</td>")
                    .Append($"<td class=\"check\"><code>{Text(f.Violation.Check)}</code>: {Text(f.Violation.Detail)}</td>")
                    .Append($"<td class=\"request\"><pre>{Text(request)}</pre></td>")
                    .Append($"<td class=\"answer\"><pre>{(f.Status == 0 ? "-" : f.Status.ToString(CultureInfo.InvariantCulture))}\n{Text(f.Body)}</pre></td>")
                    .Append($"<td class=\"replay\">{(f.ReplayFile is null ? "-" : $"<code>{Text(f.ReplayFile)}</code>")}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.Append("</section></body></html>").ToString();
    }
}
