using System.Text.Json.Nodes;
using Conformance.Engine.Packs;
using Conformance.Stub;
using FluentAssertions;

namespace Conformance.Cli.Tests.ToyPack;

/// <summary>A pack defined only here runs through run, plan, explore and the stub with no change to the engine, the CLI or the stub host.</summary>
[NonParallelizable]
public sealed class ToyPackTests
{
    private static readonly PackList Toy = new([new ToyPack()]);

    private TempFolder _dir = null!;

    [SetUp]
    public void Fresh() => _dir = new TempFolder();

    [TearDown]
    public void Cleanup() => _dir.Dispose();

    [Test]
    public async Task Run_against_the_embedded_stub_judges_the_toy_rule_and_passes()
    {
        var (code, output, error) = await CliAsync("run", "--suite", ToyPack.SuiteRoot, "--out", _dir.Path);

        code.Should().Be(0, error + output);
        var certificate = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir.Path, "certificate.json")))!;
        certificate["outcome"]!.GetValue<string>().Should().Be("conformant");
        certificate["requirements"]!.AsArray().Select(r => (r!["id"]!.GetValue<string>(), r["status"]!.GetValue<string>()))
            .Should().Equal([("TOY-001", "passed")]);
    }

    [Test]
    public async Task Run_against_a_deviating_toy_stub_is_not_conformant()
    {
        using var stub = ReferenceStub.Start(deviations: [ToyPack.NoPong], packs: Toy);

        var (code, _, error) = await CliAsync("run", "--suite", ToyPack.SuiteRoot, "--target", stub.Url, "--out", _dir.Path);

        code.Should().Be(1, error);
        error.Should().Contain("TOY-001");
    }

    [Test]
    public async Task Plan_reads_a_toy_profile_and_an_unknown_api_names_the_toy()
    {
        var profile = _dir.File("toy.json", "{\"toy\": {\"baseUrl\": \"http://127.0.0.1:1\"}}");

        var (code, output, error) = await CliAsync("plan", "--suite", ToyPack.SuiteRoot, "--profile", profile);
        var (unknown, _, unknownError) = await CliAsync("plan", "--suite", ToyPack.SuiteRoot, "--api", "obshell");

        code.Should().Be(0, error);
        output.Should().StartWith("toy: 1 scenario(s) in scope");
        unknown.Should().Be(2);
        unknownError.Should().Contain("'toy'");
    }

    [Test]
    public async Task Explore_finds_the_deviating_toy_and_replay_sends_its_finding_again()
    {
        using var stub = ReferenceStub.Start(deviations: [ToyPack.NoPong], packs: Toy);
        var profile = _dir.File("toy.json", StubProfile.Text(stub.Url, packs: Toy));

        var (code, output, error) = await CliAsync("explore", "--profile", profile, "--budget", "5", "--seed", "1", "--out", _dir.Path);
        var replayFile = Directory.EnumerateFiles(_dir.Path, "replay-toy-*.json").FirstOrDefault();

        code.Should().Be(1, error + output);
        output.Should().Contain("MUST TOY-001 pong");
        replayFile.Should().NotBeNull();
        var (replayed, replayOutput, replayError) = await CliAsync("replay", replayFile!, "--profile", profile);
        replayed.Should().Be(0, replayError);
        replayOutput.Should().StartWith("GET /toy/ping").And.Contain("-> 500");
    }

    [Test]
    public async Task The_stub_serves_the_toy_route_its_control_route_and_the_toy_profile()
    {
        using var stub = ReferenceStub.Start(packs: Toy);
        using var http = new HttpClient();

        var pong = await http.GetStringAsync($"{stub.Url}/toy/ping");
        var pings = await http.GetStringAsync($"{stub.Url}/__conformance/toy/pings");
        var missing = await http.GetAsync($"{stub.Url}/__conformance/toy/nothing");

        pong.Should().Be("{\"pong\":true}");
        pings.Should().Be("{\"pings\":1}");
        ((int)missing.StatusCode).Should().Be(404);
        (await missing.Content.ReadAsStringAsync()).Should().Contain("GET /__conformance/toy/pings");
        stub.Profile.Apis.Should().Equal(["toy"]);
        Toy.Profiles.Schema.Json["properties"]!.AsObject().Select(p => p.Key).Should().Equal(["$schema", "referenceStub", "toy"]);
    }

    private static async Task<(int Code, string Output, string Error)> CliAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await CliApp.RunAsync(args, output, error, Toy);
        return (code, output.ToString(), error.ToString());
    }
}
