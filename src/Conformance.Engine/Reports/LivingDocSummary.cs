using System.Text;
using Conformance.Engine.Certification;
using static Conformance.Engine.Reports.HtmlText;

namespace Conformance.Engine.Reports;

/// <summary>The top of report.html: verdict, target, counts per level, filters and notes.</summary>
internal static class LivingDocSummary
{
    public static void Append(StringBuilder html, Certificate c)
    {
        html.Append($"<header><h1>Conformance report</h1><p class=\"verdict {HtmlEncode(c.Outcome)}\">Verdict: <strong id=\"verdict\">{HtmlEncode(c.Verdict)}</strong>")
            .Append(c.Reason is null ? string.Empty : $" <span class=\"reason\">({HtmlEncode(c.Reason)})</span>")
            .Append($"</p><p>Target <code id=\"target\">{HtmlEncode(c.Target.Url)}</code>, APIs {HtmlEncode(string.Join(", ", c.Target.Apis))}; ")
            .Append($"run {HtmlEncode(c.StartedAt.ToString("u"))} to {HtmlEncode(c.EndedAt.ToString("u"))}.</p></header>");
        html.Append("<table id=\"summary\"><thead><tr><th></th><th>passed</th><th>failed</th><th>not run</th><th>not selected</th></tr></thead><tbody>");
        Row(html, "must", "MUST requirements", c.Totals.Must);
        Row(html, "should", "SHOULD requirements", c.Totals.Should);
        Row(html, "scenarios", "Scenarios", c.Totals.Scenarios);
        html.Append("</tbody></table>");
        html.Append("<form id=\"filters\">Verdict <select id=\"filter-verdict\"><option value=\"\">all</option><option value=\"passed\">passed</option>")
            .Append("<option value=\"failed\">failed</option><option value=\"not-run\">not run</option><option value=\"not-selected\">not selected</option></select> Level <select id=\"filter-level\">")
            .Append("<option value=\"\">all</option><option value=\"MUST\">MUST</option><option value=\"SHOULD\">SHOULD</option></select> ")
            .Append($"<span id=\"shown\">{c.Requirements.Count}</span> of {c.Requirements.Count} requirements shown</form>");
        if (c.Notes.Count > 0)
        {
            html.Append("<section id=\"notes\"><h2>Notes</h2><p>Points no public source settles, and document errors: reported, never failed.</p><ul>");
            // One line per note id: a rule table can raise the same note once per row.
            foreach (var group in c.Notes.GroupBy(n => n.Id))
            {
                var notes = group.ToList();
                html.Append($"<li><strong>{HtmlEncode(group.Key)}</strong> {HtmlEncode(notes[0].Text)}");
                if (notes.Count > 1)
                {
                    html.Append($"<details><summary>{notes.Count - 1} more</summary><ul>");
                    foreach (var note in notes.Skip(1))
                    {
                        html.Append($"<li>{HtmlEncode(note.Text)}</li>");
                    }

                    html.Append("</ul></details>");
                }

                html.Append("</li>");
            }

            html.Append("</ul></section>");
        }
    }

    private static void Row(StringBuilder html, string id, string label, StatusCounts counts) =>
        html.Append($"<tr><th>{label}</th><td id=\"{id}-passed\">{counts.Passed}</td><td id=\"{id}-failed\">{counts.Failed}</td><td id=\"{id}-not-run\">{counts.NotRun}</td><td id=\"{id}-not-selected\">{counts.NotSelected}</td></tr>");
}
