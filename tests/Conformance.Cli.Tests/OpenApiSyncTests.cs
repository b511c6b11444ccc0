using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Cli.OpenApi;
using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>schemas/&lt;api&gt;/openapi.json is generated from the schema files; this keeps the committed copy in step.</summary>
public sealed class OpenApiSyncTests
{
    private static readonly string Repo = ProcessRun.RepoRoot();

    [TestCase("obshell")]
    [TestCase("cce")]
    public void The_committed_document_matches_the_schema_files(string api)
    {
        var committed = Path.Combine(Repo, "schemas", api, OpenApiGenerator.FileName);
        var regenerated = OpenApiGenerator.Generate(Repo, ApiPacks.All.Get(api));

        var how = $"regenerate it: dotnet run --project src/Conformance.Cli -- openapi --api {api} --suite . --out schemas/{api}/openapi.json";
        File.Exists(committed).Should().BeTrue($"schemas/{api}/openapi.json is missing; {how}");
        File.ReadAllText(committed).Replace("\r\n", "\n").Should().Be(regenerated, $"schemas/{api}/openapi.json is out of date with schemas/{api}/*.schema.json; {how}");
    }

    [TestCase("obshell")]
    [TestCase("cce")]
    public void Every_operation_is_present_and_every_reference_resolves(string api)
    {
        var document = JsonNode.Parse(OpenApiGenerator.Generate(Repo, ApiPacks.All.Get(api)))!;

        document["openapi"]!.GetValue<string>().Should().StartWith("3.1");
        var paths = document["paths"]!.AsObject();
        foreach (var op in ApiPacks.All.Get(api).Operations)
        {
            paths[op.Path]?[op.Method.ToLowerInvariant()].Should().NotBeNull($"{op.Method} {op.Path} is documented");
        }

        var components = document["components"]!["schemas"]!.AsObject().Select(p => p.Key).ToHashSet();
        var references = Regex.Matches(document.ToJsonString(), "\"\\$ref\":\"#/components/schemas/([^\"]+)\"").Select(m => m.Groups[1].Value);
        references.Should().OnlyContain(r => components.Contains(r));
        components.Should().Contain(Directory.EnumerateFiles(Path.Combine(Repo, "schemas", api), "*.schema.json").Select(f => SchemaConverter.ComponentName(Path.GetFileName(f))));
    }

    [Test]
    public async Task The_command_writes_the_document_and_refuses_an_unknown_api()
    {
        using var dir = new TempFolder();
        using var cli = new CliRun();

        (await cli.RunAsync("openapi", "--api", "cce", "--suite", Repo, "--out", dir["cce.json"])).ExitCode.Should().Be(0, cli.Error);
        File.ReadAllText(dir["cce.json"]).Should().Be(OpenApiGenerator.Generate(Repo, ApiPacks.All.Get("cce")));
        (await cli.RunAsync("openapi", "--api", "nova")).ExitCode.Should().Be(2);
    }
}
