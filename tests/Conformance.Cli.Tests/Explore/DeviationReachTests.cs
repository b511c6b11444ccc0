using System.Text.Json.Nodes;
using Conformance.Engine.Catalogue;
using Conformance.Stub;
using FluentAssertions;

namespace Conformance.Cli.Tests.Explore;

/// <summary>Every stub deviation the explorer can reach is found within the default budget, without the scenarios' help.</summary>
[TestFixture]
[Category("explore")]
[Parallelizable(ParallelScope.Children)]
public sealed class DeviationReachTests
{
    public static IEnumerable<TestCaseData> Reachable() =>
        StubDeviations.All.Where(d => !Unreachable.ContainsKey(d.Name)).Select(d => new TestCaseData(d).SetArgDisplayNames(d.Name));

    /// <summary>The modes the explorer cannot reach by design, each with its reason.</summary>
    private static readonly Dictionary<string, string> Unreachable = new(StringComparer.Ordinal)
    {
        // Only an accepted scale-in of a member shows these, and the node guard never names a member in a body the server would bind.
        ["obshell-status-mismatch"] = "the deviation is in success envelopes, and only an accepted scale-in of a member gets one",
        ["obshell-dag-stage-zero"] = "needs a DAG, which only an accepted scale-in of a member starts",
        ["obshell-dag-never-succeeds"] = "needs a DAG followed to its end",
        ["obshell-node-stays-member"] = "needs a DAG followed to its end and the member list read after it",
        ["obshell-no-stage-for-force-kill"] = "needs a DAG started with force_kill true",
        ["obshell-no-maintenance-lock"] = "needs two scale-ins of members at once",

        // Only the profile's own credentials show these, and a 401 to them cannot be told from a profile with wrong ones.
        ["obshell-agent-header-ignored"] = "a 401 to a correctly authenticated request reads as a profile problem, not a finding",
        ["cce-aksk-refused"] = "a 401 to a correctly signed request reads as a profile problem, not a finding",

        // A valid request refused with 400 cannot be told from the 400 a request naming unknown nodes may get; telling
        // them apart needs a valid request naming removable nodes accepted, which node economy forbids.
        ["cce-200-nodes-refused"] = "needs 200 removable nodes named in an accepted request",
        ["cce-custom-username-refused"] = "a salted password with a custom username refused reads like an unknown node's 400",
        ["cce-question-mark-not-special"] = "a password valid thanks to '?' refused reads like an unknown node's 400",
        ["cce-charset-refused"] = "a charset=utf-8 request refused reads like an unknown node's 400",

        // Only a 200 to a valid removal of a removable node shows these; the explorer names removable nodes only in requests that must be refused.
        ["cce-password-echoed"] = "the echo is in the 200 answer of an accepted removal",
        ["cce-jobid-missing"] = "the missing field is in the 200 answer of an accepted removal",
        ["cce-job-never-succeeds"] = "needs a removal job followed to its end",
        ["cce-removed-node-removable-again"] = "needs a node removed and then named again",
    };

    [Test]
    public void The_unreachable_list_names_only_known_modes() =>
        Unreachable.Keys.Should().BeSubsetOf(StubDeviations.All.Select(d => d.Name));

    [TestCaseSource(nameof(Reachable))]
    public async Task A_reachable_deviation_is_found_within_the_default_budget(StubDeviation deviation)
    {
        using var stub = ReferenceStub.Start(deviations: [deviation.Name]);
        using var folder = new TempFolder();
        var profile = folder.File("stub.json", StubProfile.Text(stub.Url));
        var api = deviation.Name.Split('-')[0];
        using var run = await new CliRun().RunAsync("explore", "--profile", profile, "--api", api, "--seed", "1", "--out", folder["out"]);

        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(folder["out"], "exploration.json")))!;
        report["apis"]![0]!["requests"]!.GetValue<int>().Should().Be(Conformance.Cli.Jobs.ExploreRequest.DefaultBudget);
        report["findings"]!.AsArray().Select(f => f!["requirementId"]!.GetValue<string>())
            .Should().Contain(deviation.RequirementId, run.Output);
    }
}
