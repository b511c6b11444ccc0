using System.Net;

namespace Conformance.Engine.Reports;

/// <summary>report.html's one way to put text on the page: escaped for HTML after <see cref="ReportText"/> made it printable.</summary>
public static class HtmlText
{
    public static string HtmlEncode(string? text) => WebUtility.HtmlEncode(ReportText.Escape(text));
}
