using Conformance.Cce.Stub;
using Conformance.Engine.Certification;
using Conformance.Engine.Features;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>
/// A real test cluster has a handful of nodes. With ONE removable obshell node and ONE CCE uid and no restore, every
/// requirement whose scenarios remove nothing is still judged, the rest are not-run with the reason, and the verdict
/// says incomplete rather than conformant.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("small-cluster")]
public sealed class SmallClusterTests
{
    [TestCase(1)]
    [TestCase(4)]
    public async Task One_node_per_API_without_restore_judges_everything_that_removes_nothing(int workers)
    {
        using var stub = ReferenceStub.Start();
        var (run, certificate) = await SmallClusterRun.RunAsync(SmallClusterRun.Profile(stub), workers);

        var unexpected = run.Results.Where(r => r.Status == ScenarioStatus.Failed).Select(r => $"{r.Case.Location} {r.Message}");
        Assert.That(unexpected, Is.Empty);
        foreach (var requirement in certificate.Requirements.Where(r => r.Status != RequirementStatus.NotSelected))
        {
            var cases = run.Results.Where(r => r.Case.RequirementId == requirement.Id && r.Status != ScenarioStatus.NotSelected).ToList();
            if (cases.All(r => !Scope.Consumes(r.Case)))
            {
                Assert.That(requirement.Status, Is.EqualTo(RequirementStatus.Passed), $"{requirement.Id} removes nothing, so one node must be enough: {requirement.Reason}");
            }
            else if (requirement.Status == RequirementStatus.NotRun)
            {
                Assert.That(requirement.Reason, Does.Contain("none is left").And.Contain("restore not configured"), requirement.Id);
            }
        }

        foreach (var api in new[] { "obshell", "cce" })
        {
            var consumers = run.Results.Where(r => r.Case.Api == api && Scope.Consumes(r.Case) && r.Status == ScenarioStatus.Passed).ToList();
            Assert.That(consumers, Has.Count.EqualTo(1), $"{api}: the one node serves exactly one removal");
        }

        Assert.That(run.Outcome, Is.EqualTo(Outcome.Incomplete));
        Assert.That(certificate.Verdict, Is.EqualTo("incomplete"));
        Assert.That(certificate.Reason, Does.Match(@"^\d+ of 43 MUST requirement\(s\) in scope were not judged; first: "));
        Assert.That(ExitCodes.For(run.Outcome), Is.EqualTo(ExitCodes.Incomplete));
    }

    /// <summary>The plan says, before a run and sending nothing, exactly which requirements the run will leave not judged.</summary>
    [TestCase("no restore")]
    [TestCase("no fixtures, token only")]
    [TestCase("no fixtures, AK/SK only")]
    public async Task The_plan_predicts_what_the_run_leaves_unjudged(string variant)
    {
        using var stub = ReferenceStub.Start();
        var profile = SmallClusterRun.Profile(stub, json =>
        {
            if (variant.StartsWith("no fixtures", StringComparison.Ordinal))
            {
                json["referenceStub"] = false;
                json["obshell"]!.AsObject().Remove("nonMember");
                json["obshell"]!.AsObject().Remove("majorityAtRisk");
                json["obshell"]!["dagOperations"] = false;
                json["cce"]!.AsObject().Remove("unknownNodeUid");
                json["cce"]!.AsObject().Remove("unknownClusterId");
                json["cce"]!["auth"] = variant.EndsWith("token only", StringComparison.Ordinal)
                    ? new System.Text.Json.Nodes.JsonObject { ["tokenEnv"] = CceStubPack.TokenEnv }
                    : new System.Text.Json.Nodes.JsonObject { ["akEnv"] = CceStubPack.AkEnv, ["skEnv"] = CceStubPack.SkEnv };
            }
        });
        var plan = Engine.Planning.RunPlan.Build(DeviationRun.LoadedSuite.Cases, profile, new RunOptions(), StubSuite.FixtureNeeds);

        var (_, certificate) = await SmallClusterRun.RunAsync(profile);

        var predicted = plan.Apis.SelectMany(a => a.UnjudgedMusts.Concat(a.UnjudgedShoulds)).Select(r => r.Id).Order(StringComparer.Ordinal);
        var actual = certificate.Requirements.Where(r => r.Status == RequirementStatus.NotRun).Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.That(predicted, Is.EqualTo(actual));

        // The plan gives the run's own words for spent nodes: each such prediction is what a not-run scenario of the
        // requirement says. (Where a fixture is missing too, either reason is true, and the run meets the node first.)
        var said = certificate.Requirements.Where(r => r.Status == RequirementStatus.NotRun)
            .ToDictionary(r => r.Id, r => r.Scenarios.Where(v => v.Status == RequirementStatus.NotRun).Select(v => v.Message ?? string.Empty).ToList());
        foreach (var (id, reason) in plan.Apis.SelectMany(a => a.UnjudgedMusts.Concat(a.UnjudgedShoulds)).Where(r => r.Reason.Contains(": needs ", StringComparison.Ordinal)))
        {
            var why = reason[(reason.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            Assert.That(said[id], Has.Some.StartsWith(why), $"{id}: the plan said '{why}'");
        }

        Assert.That(certificate.Requirements.Where(r => r.Status == RequirementStatus.Failed).Select(r => $"{r.Id}: {r.FirstFailure}"), Is.Empty);
        Assert.That(actual, Is.Not.Empty);
    }

    [Test]
    public async Task Against_the_stub_only_scenarios_tagged_consumes_node_take_a_node()
    {
        using var stub = ReferenceStub.Start();
        var (run, _) = await SmallClusterRun.RunAsync(stub.Profile, workers: 2);

        var untagged = run.Results.Where(r => r.NodesConsumed > 0 && !Scope.Consumes(r.Case)).Select(r => r.Case.Location);
        var tagged = run.Results.Where(r => r.Status == ScenarioStatus.Passed && Scope.Consumes(r.Case) && r.NodesConsumed == 0).Select(r => r.Case.Location);

        Assert.That(run.Outcome, Is.EqualTo(Outcome.Conformant), string.Join("; ", run.Results.Where(r => r.Status != ScenarioStatus.Passed).Select(r => $"{r.Case.Location}: {r.Message}")));
        Assert.That(untagged, Is.Empty, "these removed a node without @consumes-node, so they may run after the nodes are gone");
        Assert.That(tagged, Is.Empty, "these are tagged @consumes-node but removed nothing");
    }
}
