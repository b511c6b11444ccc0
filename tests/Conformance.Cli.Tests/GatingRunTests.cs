using System.Security.Cryptography;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>run's CI options end to end against the embedded stub: shards, merge, baseline, signing and verify.</summary>
[NonParallelizable]
public sealed class GatingRunTests
{
    private readonly TempFolder _dir = new();
    private JsonObject _whole = null!;

    [OneTimeSetUp]
    public async Task RunTheWholeObshellSuiteOnce()
    {
        var cli = await new CliRun().RunAsync("run", "--api", "obshell", "--out", _dir["whole"]);
        cli.ExitCode.Should().Be(0, cli.Error);
        _whole = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(_dir["whole"], "certificate.json")))!;
    }

    [OneTimeTearDown]
    public void Cleanup() => _dir.Dispose();

    [Test]
    public async Task Signed_shards_verify_record_their_shard_and_merge_into_the_whole_run()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var signKey = _dir.File("key.pem", key.ExportECPrivateKeyPem());
        var publicKey = _dir.File("pub.pem", key.ExportSubjectPublicKeyInfoPem());
        using var cli = new CliRun();
        foreach (var shard in new[] { "1/2", "2/2" })
        {
            var outDir = _dir["shard" + shard[0]];
            (await cli.RunAsync("run", "--api", "obshell", "--shard", shard, "--sign-key", signKey, "--out", outDir)).ExitCode.Should().Be(0, cli.Error);
            var certificate = Path.Combine(outDir, "certificate.json");
            JsonNode.Parse(File.ReadAllText(certificate))!["shard"]!.GetValue<string>().Should().Be(shard);
            (await cli.RunAsync("verify", certificate, "--key", publicKey)).ExitCode.Should().Be(0, cli.Error);
        }

        // Each run starts its own embedded stub on a fresh port; the certificates say it is the embedded stub, one target.
        var shards = new[] { "shard1", "shard2" }.Select(s => Path.Combine(_dir[s], "certificate.json")).ToList();
        shards.Select(s => JsonNode.Parse(File.ReadAllText(s))!["target"]!).Should().AllSatisfy(t => t["kind"]!.GetValue<string>().Should().Be("embedded-reference-stub"));
        shards.Select(s => JsonNode.Parse(File.ReadAllText(s))!["target"]!["url"]!.GetValue<string>()).Distinct().Should().HaveCount(2);
        (await cli.RunAsync(["merge", .. shards, "--out", _dir["merged.json"]])).ExitCode.Should().Be(0, cli.Error);

        var merged = JsonNode.Parse(File.ReadAllText(_dir["merged.json"]))!;
        merged["suite"]!["scenarios"]!.GetValue<int>().Should().Be(_whole["suite"]!["scenarios"]!.GetValue<int>());
        Statuses(merged).Should().Equal(Statuses(_whole));
        merged["totals"]!.ToJsonString().Should().Be(_whole["totals"]!.ToJsonString());
    }

    [Test]
    public async Task Verify_fails_in_one_line_on_a_changed_byte_another_key_or_no_signature()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var signed = _dir.File("signed.json", CertificateSignerFor(key));
        var tampered = _dir.File("tampered.json", File.ReadAllText(signed).Replace("\"status\": \"passed\"", "\"status\": \"failed\""));
        var otherKey = _dir.File("other.pem", other.ExportSubjectPublicKeyInfoPem());
        using var cli = new CliRun();

        await Expect(cli, 1, "signature mismatch", "verify", tampered);
        await Expect(cli, 1, "signed by another key", "verify", signed, "--key", otherKey);
        await Expect(cli, 1, "not signed", "verify", Path.Combine(_dir["whole"], "certificate.json"));
        Directory.CreateDirectory(_dir["empty-suite/features"]);
        await Expect(cli, 1, "suite hash differs: certificate ", "verify", signed, "--suite", _dir["empty-suite"]);
        await Expect(cli, 2, "configuration error: certificate not found", "verify", _dir["nope.json"]);
        await Expect(cli, 2, "configuration error: ", "verify", signed, "--key", _dir.File("junk.pem", "not a key"));
    }

    [Test]
    public async Task A_baseline_entry_that_now_passes_is_reported_so_the_baseline_can_shrink()
    {
        var passed = Statuses(_whole).First(s => s.Status == "passed").Id;
        var baseline = _dir.File("baseline.json", $$"""{"deviations": [{"id": "{{passed}}", "reason": "was failing"}]}""");
        using var cli = new CliRun();

        await cli.RunAsync("run", "--api", "obshell", "--baseline", baseline, "--out", cli.OutDir);

        cli.ExitCode.Should().Be(0, cli.Error);
        cli.Output.Should().Contain($"baseline: {passed} now passes; remove it from the baseline");
        cli.Certificate["baseline"]!["nowPassing"]![0]!["id"]!.GetValue<string>().Should().Be(passed);
        cli.Certificate["baseline"]!["applied"]!.AsArray().Should().BeEmpty();
    }

    [TestCase("--baseline")]
    [TestCase("--sign-key")]
    public async Task An_unreadable_baseline_or_key_exits_2_before_running(string option)
    {
        using var cli = new CliRun();

        await cli.RunAsync("run", "--api", "obshell", option, _dir["missing.file"], "--out", cli.OutDir);

        cli.ExitCode.Should().Be(2);
        cli.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("configuration error: ").And.Contain("missing.file");
    }

    private string CertificateSignerFor(ECDsa key) =>
        Engine.Certification.CertificateSigner.Sign(File.ReadAllText(Path.Combine(_dir["whole"], "certificate.json")), key);

    private static async Task Expect(CliRun cli, int code, string message, params string[] args)
    {
        await cli.RunAsync(args);
        cli.ExitCode.Should().Be(code, $"{string.Join(' ', args)}: {cli.Output}{cli.Error}");
        cli.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain(message);
    }

    private static List<(string Id, string Status)> Statuses(JsonNode certificate) =>
        certificate["requirements"]!.AsArray().Select(r => (r!["id"]!.GetValue<string>(), r["status"]!.GetValue<string>())).ToList();
}
