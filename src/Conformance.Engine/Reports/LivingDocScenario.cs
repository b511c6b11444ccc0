using System.Text;
using Conformance.Engine.Certification;
using Conformance.Engine.Http;
using Conformance.Engine.Results;
using static Conformance.Engine.Reports.HtmlText;

namespace Conformance.Engine.Reports;

/// <summary>One scenario in report.html: its steps, its outcome, and for a failure the exchanges that show why.</summary>
internal static class LivingDocScenario
{
    public static void Append(StringBuilder html, ScenarioVerdict scenario, ScenarioResult? result)
    {
        html.Append($"<div class=\"scenario {scenario.Status}\"><h4>{HtmlEncode(scenario.Name)} <span class=\"status {scenario.Status}\">{scenario.Status}</span></h4>")
            .Append($"<p class=\"location\">{HtmlEncode(scenario.Location)}</p>");
        if (result is not null)
        {
            html.Append("<ol class=\"steps\">");
            foreach (var step in result.Case.Pickle.Steps)
            {
                var failed = scenario.FailedStep is not null && scenario.FailedStep.Contains(step.Text, StringComparison.Ordinal);
                html.Append($"<li{(failed ? " class=\"failed\"" : string.Empty)}>{HtmlEncode(step.Text)}</li>");
            }

            html.Append("</ol>");
        }

        if (scenario.Message is { } message)
        {
            html.Append($"<pre class=\"message\">{HtmlEncode(message)}</pre>");
        }

        foreach (var fixture in result?.FixtureLog ?? [])
        {
            html.Append($"<pre class=\"fixture\">fixture (not judged): {HtmlEncode(fixture)}</pre>");
        }

        if (scenario.Status == "failed" && result?.Exchanges is { Count: > 0 } exchanges)
        {
            html.Append("<details class=\"exchanges\"><summary>Requests and answers</summary>");
            foreach (var exchange in exchanges.TakeLast(3))
            {
                html.Append($"<pre class=\"exchange\">{HtmlEncode(Format(exchange))}</pre>");
            }

            html.Append("</details>");
        }

        html.Append("</div>");
    }

    private static string Format(HttpExchange e)
    {
        var text = new StringBuilder($"{e.Method} {e.Url}\n");
        foreach (var (name, value) in e.RequestHeaders)
        {
            text.Append($"{name}: {value}\n");
        }

        text.Append($"\n{e.RequestBody}\n\n=> {e.Status} ({e.Elapsed.TotalMilliseconds:0} ms)\n");
        foreach (var (name, value) in e.ResponseHeaders)
        {
            text.Append($"{name}: {value}\n");
        }

        return text.Append($"\n{e.ResponseBody}").ToString();
    }
}
