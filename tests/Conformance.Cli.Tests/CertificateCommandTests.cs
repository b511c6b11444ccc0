using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>diff and merge over certificate files, without running the suite.</summary>
public sealed class CertificateCommandTests
{
    [Test]
    public async Task Diff_exits_1_on_a_regression_and_0_when_only_fixes()
    {
        using var dir = new TempFolder();
        var old = dir.File("old.json", SampleCertificates.Json("s", "A:MUST:passed", "B:MUST:failed"));
        var @new = dir.File("new.json", SampleCertificates.Json("s", "A:MUST:failed", "B:MUST:passed"));
        using var cli = new CliRun();

        (await cli.RunAsync("diff", old, @new)).ExitCode.Should().Be(1);
        cli.Output.Should().Contain("regression A (MUST): passed -> failed").And.Contain("fixed B (MUST): failed -> passed");

        (await cli.RunAsync("diff", old, dir.File("fixed2.json", SampleCertificates.Json("s", "A:MUST:passed", "B:MUST:passed")))).ExitCode.Should().Be(0);
        cli.Output.Should().Contain("0 regression(s), 1 fix(es)");
    }

    [TestCase("missing.json")]
    [TestCase("broken.json")]
    [TestCase("other.json")]
    public async Task Diff_exits_2_with_one_line_on_unreadable_input(string name)
    {
        using var dir = new TempFolder();
        dir.File("broken.json", "{\n  \"verdict\": ");
        dir.File("other.json", "{\"deviations\": []}");
        using var cli = new CliRun();

        await cli.RunAsync("diff", dir[name], dir.File("ok.json", SampleCertificates.Json("s")));

        cli.ExitCode.Should().Be(2);
        cli.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("configuration error: ").And.Contain(name);
    }

    [Test]
    public async Task Merge_refuses_certificates_of_different_suites_in_one_line()
    {
        using var dir = new TempFolder();
        using var cli = new CliRun();

        await cli.RunAsync("merge", dir.File("a.json", SampleCertificates.Json("s1")), dir.File("b.json", SampleCertificates.Json("s2")));

        cli.ExitCode.Should().Be(2);
        cli.Error.Trim().Should().Be("configuration error: cannot merge: suite hashes differ: s1 vs s2");
    }

    [Test]
    public async Task Merge_with_a_baseline_excuses_known_failures_only()
    {
        using var dir = new TempFolder();
        var a = dir.File("a.json", SampleCertificates.Json("s", "A:MUST:failed", "C:MUST:passed"));
        var b = dir.File("b.json", SampleCertificates.Json("s", "B:MUST:passed"));
        var baseline = dir.File("baseline.json", """{"deviations": [{"id": "A", "reason": "known"}, {"id": "C", "reason": "was broken"}]}""");
        using var cli = new CliRun();

        (await cli.RunAsync("merge", a, b, "--out", dir["merged.json"])).ExitCode.Should().Be(1);
        (await cli.RunAsync("merge", a, b, "--out", dir["merged.json"], "--baseline", baseline)).ExitCode.Should().Be(0, cli.Error);

        var merged = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(dir["merged.json"]))!;
        merged["verdict"]!.GetValue<string>().Should().Be("not-conformant", "the certificate keeps the true verdict");
        merged["baseline"]!["applied"]![0]!["id"]!.GetValue<string>().Should().Be("A");
        merged["baseline"]!["nowPassing"]![0]!["id"]!.GetValue<string>().Should().Be("C");
    }
}
