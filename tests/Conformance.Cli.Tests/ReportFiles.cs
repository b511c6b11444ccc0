using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>Reads the five reports of a run the way their consumers do, failing on the first one that does not parse.</summary>
internal static class ReportFiles
{
    public static XDocument Junit(string outDir)
    {
        // CheckCharacters enforces XML 1.0's Char production, as a CI server's parser would.
        using var reader = XmlReader.Create(Path.Combine(outDir, "junit.xml"), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    public static void AllParse(string outDir)
    {
        Junit(outDir).Root!.Name.LocalName.Should().Be("testsuites");
        using (JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "certificate.json"))))
        {
        }

        var lines = File.ReadAllLines(Path.Combine(outDir, "cucumber.ndjson")).Where(l => l.Length > 0).ToList();
        lines.Should().NotBeEmpty();
        foreach (var line in lines)
        {
            using var message = JsonDocument.Parse(line);
            message.RootElement.ValueKind.Should().Be(JsonValueKind.Object, "cucumber.ndjson holds one message object per line");
        }

        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        CountOf(html, "<script").Should().Be(1, "report.html's own filter script is its only script");
        html.Should().EndWith("</html>");
        html.Should().NotContainAny(["\0", "\u0001", "\u001b"], "report.html carries control characters only as visible escapes");

        // Reqnroll's own page: written, whole, and the target's bytes only inside its escaped message data.
        var cucumber = File.ReadAllText(Path.Combine(outDir, "cucumber.html"));
        cucumber.TrimEnd().Should().EndWith("</html>");
        cucumber.Should().NotContain("\0");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
