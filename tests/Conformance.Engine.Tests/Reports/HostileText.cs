using CsCheck;

namespace Conformance.Engine.Tests.Reports;

/// <summary>Text a hostile target could put in a body, a header or a failure message: controls, lone surrogates, markup, floods.</summary>
internal static class HostileText
{
    private static readonly string[] Markup = ["]]>", "<script>alert(1)</script>", "</pre><script>", "&amp;", "\"'", "\r\n", "\uFFFE", "\uFFFF", "\U0001F600", "<![CDATA[", "-->"];

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (4, Gen.String[Gen.Char.AlphaNumeric, 0, 8]),
        (3, Gen.Char['\0', '\u001f'].Select(c => c.ToString())),
        (3, Gen.Char['\ud800', '\udfff'].Select(c => c.ToString())),
        (1, Gen.Char['\u007f', '\u009f'].Select(c => c.ToString())),
        (1, Gen.Char.Select(c => c.ToString())),
        (2, Gen.Int[0, Markup.Length - 1].Select(i => Markup[i])));

    /// <summary>Mostly short mixes; now and then a flood of a few hundred kilobytes.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency(
        (30, Fragment.List[0, 30].Select(string.Concat)),
        (1, Fragment.List[1, 4].Select(f => string.Concat(Enumerable.Repeat(string.Concat(f) + "x", 40_000)))));
}
