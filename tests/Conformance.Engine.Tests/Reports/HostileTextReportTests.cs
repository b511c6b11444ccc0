using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Conformance.Engine.Certification;
using Conformance.Engine.Reports;
using CsCheck;
using FluentAssertions;

namespace Conformance.Engine.Tests.Reports;

/// <summary>Whatever text a target sends, every report we write still parses: junit.xml as XML 1.0, report.html escaped, certificate.json as JSON.</summary>
public sealed class HostileTextReportTests
{
    private const string ReplacedNote = "characters XML cannot carry were replaced";

    [Test]
    public void Junit_xml_stays_well_formed_XML_1_0_and_says_when_it_replaced_characters() =>
        Gen.Select(HostileText.Any, HostileText.Any).Sample((failure, reason) =>
        {
            var run = ReportFixtures.Run(ReportFixtures.Failed(ReportFixtures.Cases[0], failure), ReportFixtures.NotRun(ReportFixtures.Cases[1], reason));

            var xml = JUnitWriter.Render(run);

            var document = ParseStrictXml(xml);
            // junit's message attribute holds the message's first line; the failure text holds all of it.
            var message = document.Descendants("failure").Single().Attribute("message")!.Value;
            if (!HasOnlyPairs(failure.Split('\n')[0]))
            {
                message.Should().Contain(ReplacedNote);
            }
        }, iter: 150);

    [Test]
    public void Junit_xml_keeps_text_XML_can_carry_as_it_was()
    {
        var run = ReportFixtures.Run(ReportFixtures.Failed(ReportFixtures.Cases[0], "<b>]]> & \"é\" \U0001F600"));

        var failure = ParseStrictXml(JUnitWriter.Render(run)).Descendants("failure").Single();

        failure.Attribute("message")!.Value.Should().EndWith("body: <b>]]> & \"é\" \U0001F600").And.NotContain(ReplacedNote);
    }

    [Test]
    public void Junit_xml_shows_a_NUL_from_the_target_as_a_visible_escape()
    {
        var run = ReportFixtures.Run(ReportFixtures.Failed(ReportFixtures.Cases[0], "{\"a\":\"x\0y\ud800\"}"));

        var failure = ParseStrictXml(JUnitWriter.Render(run)).Descendants("failure").Single();

        failure.Attribute("message")!.Value.Should().Contain("x\\u0000y\\uD800").And.Contain($"(2 {ReplacedNote}");
        failure.Value.Should().Contain("x\\u0000y\\uD800");
    }

    [Test]
    public void Report_html_escapes_every_hostile_text_and_holds_no_character_a_parser_rejects() =>
        HostileText.Any.Sample(text =>
        {
            var run = ReportFixtures.Run(ReportFixtures.Failed(ReportFixtures.Cases[0], text), ReportFixtures.NotRun(ReportFixtures.Cases[1], text));

            var html = LivingDocWriter.Render(ReportFixtures.Certificate(run), run, []);

            CountOf(html, "<script").Should().Be(1, "only the report's own filter script may be a script");
            CountOf(html, "</pre>").Should().Be(CountOf(html, "<pre"), "no text closes an element it sits in");
            FirstBadCharacter(html).Should().BeNull();
            if (text.Contains("<script>", StringComparison.Ordinal))
            {
                html.Should().Contain("&lt;script&gt;");
            }
        }, iter: 150);

    [Test]
    public void Certificate_json_parses_and_reads_back_whatever_the_messages_hold() =>
        HostileText.Any.Sample(text =>
        {
            var run = ReportFixtures.Run(ReportFixtures.Failed(ReportFixtures.Cases[0], text), ReportFixtures.NotRun(ReportFixtures.Cases[1], text));

            var json = CertificateJson.Serialize(ReportFixtures.Certificate(run));

            using var document = JsonDocument.Parse(json);
            CertificateJson.Deserialize(json).Requirements.Should().NotBeEmpty();
        }, iter: 150);

    private static XDocument ParseStrictXml(string xml)
    {
        // CheckCharacters is what enforces XML 1.0's Char production on the way in.
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static bool HasOnlyPairs(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
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

    private static string? FirstBadCharacter(string html)
    {
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (i + 1 < html.Length && XmlConvert.IsXmlSurrogatePair(html[i + 1], c))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c) || c is >= '\u007f' and <= '\u009f')
            {
                return $"U+{(int)c:X4} at {i}";
            }
        }

        return null;
    }
}
