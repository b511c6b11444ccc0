using System.Text.Json.Nodes;
using Conformance.Stub;
using FluentAssertions;

namespace Conformance.Cli.Tests.Explore;

/// <summary>A finding ends at a minimal body: what the generator drew beside the fault is deleted while the check still breaks.</summary>
[TestFixture]
[Category("explore")]
[Parallelizable(ParallelScope.Children)]
public sealed class ShrinkTests
{
    [TestCase("cce-api-version-ignored", "CCE-001", "apiVersion,spec,nodes,uid")]
    [TestCase("cce-weak-password-accepted", "CCE-021", "spec,nodes,uid,login,userPassword,password")]
    [TestCase("cce-remove-sshkey-conflict-accepted", "CCE-031", "spec,nodes,uid,login,sshKey,removeSSHKey")]
    [TestCase("obshell-force-kill-string-accepted", "OBS-012", "agent_info,ip,port,force_kill")]
    [TestCase("obshell-empty-ip-accepted", "OBS-010", "agent_info,ip,port")]
    public async Task A_finding_ends_with_a_body_without_unrelated_fields(string deviation, string requirement, string fields)
    {
        using var stub = ReferenceStub.Start(deviations: [deviation]);
        using var folder = new TempFolder();
        var profile = folder.File("stub.json", StubProfile.Text(stub.Url));
        using var run = await new CliRun().RunAsync("explore", "--profile", profile, "--api", deviation.Split('-')[0], "--seed", "5", "--out", folder["out"]);

        var finding = JsonNode.Parse(File.ReadAllText(Path.Combine(folder["out"], "exploration.json")))!["findings"]!.AsArray()
            .Should().Contain(f => f!["requirementId"]!.GetValue<string>() == requirement, run.Output).Which!;
        var body = finding["request"]!["body"]!.GetValue<string>();
        Names(JsonNode.Parse(body)).Should().BeSubsetOf(fields.Split(','), body);
        finding["shrink"]!["reproduced"]!.GetValue<int>().Should().BePositive();
    }

    private static IEnumerable<string> Names(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => Names(kv.Value).Prepend(kv.Key)),
        JsonArray a => a.SelectMany(Names),
        _ => [],
    };
}
