using System.Text.RegularExpressions;
using Conformance.Testing;
using FluentAssertions;

namespace Conformance.Engine.Tests.Packs;

/// <summary>
/// One room per API: outside the packs' own projects, only the composition root names an API. A rule or a help text
/// that names one anywhere else belongs in its pack.
/// </summary>
public sealed partial class PackBoundaryTests
{
    /// <summary>The one file outside the packs allowed to name them.</summary>
    private const string CompositionRoot = "src/Conformance.Packs/ApiPacks.cs";

    private static readonly string[] Packs = ["src/Conformance.Obshell/", "src/Conformance.Cce/"];

    [Test]
    public void No_source_file_outside_the_packs_names_an_api_but_the_composition_root()
    {
        var offenders = SourceFiles()
            .Where(f => !Packs.Any(p => f.StartsWith(p, StringComparison.Ordinal)) && f != CompositionRoot)
            .SelectMany(f => File.ReadLines(Path.Combine(SourceTree.Root, f)).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => ApiName().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        offenders.Should().BeEmpty("the engine, the CLI and the stub host take every API's name and rules from its pack");
    }

    [Test]
    public void The_check_finds_a_name_where_one_is()
    {
        ApiName().IsMatch("var o = profile.Obshell;").Should().BeTrue();
        ApiName().IsMatch("\"cce.removableNodeUids\"").Should().BeTrue();
        ApiName().IsMatch("CceStub.ApiPrefix").Should().BeTrue();
        ApiName().IsMatch("Accept the access; Success").Should().BeFalse();
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(SourceTree.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SourceTree.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));

    // "cce" only where a word starts: "access" and "Success" hold the letters too.
    [GeneratedRegex("obshell|(?<![a-z])cce", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApiName();
}
