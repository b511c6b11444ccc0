using System.Globalization;
using System.Text;
using System.Xml;

namespace Conformance.Engine.Reports;

/// <summary>Text a target sent, made fit for junit.xml and report.html: characters XML 1.0 cannot carry become visible \uXXXX escapes.</summary>
public static class ReportText
{
    public static string Escape(string? text) => Escape(text, out _);

    /// <param name="replaced">How many characters were replaced, so a report can say its text is not exactly what came back.</param>
    public static string Escape(string? text, out int replaced)
    {
        replaced = 0;
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = FirstUnfit(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length + 32).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (Fits(c))
            {
                clean.Append(c);
            }
            else
            {
                // A visible escape, not U+FFFD: a reader can still tell a NUL from a lone surrogate.
                clean.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                replaced++;
            }
        }

        return clean.ToString();
    }

    /// <summary>The note a report appends to a message whose text <see cref="Escape(string?, out int)"/> changed.</summary>
    public static string ReplacedNote(int replaced) => $"({replaced} characters XML cannot carry were replaced by \\uXXXX escapes)";

    private static int FirstUnfit(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
            }
            else if (!Fits(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // XML 1.0 allows C1 controls and DEL but discourages them, and HTML calls them parse errors: out too.
    private static bool Fits(char c) => XmlConvert.IsXmlChar(c) && c is < '\u007f' or > '\u009f';
}
