using Conformance.Cce.Explore;
using Conformance.Engine.Explore;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;
using Conformance.Obshell.Explore;
using Conformance.Stub;
using CsCheck;
using FluentAssertions;

namespace Conformance.Cli.Tests.Explore;

/// <summary>A request the contract would let through never names a node that could be removed (nothing is sent here).</summary>
[TestFixture]
[Category("explore")]
public sealed class NodeEconomyTests
{
    [Test]
    public void A_cce_request_that_could_be_accepted_names_no_removable_uid()
    {
        using var http = new TargetHttp(new HttpOptions());
        var run = Context(StubProfile.Create("http://127.0.0.1:1"), http);
        var explorer = new CceExplorer(run, int.MaxValue);
        var removable = run.Profile.Cce!.RemovableNodeUids;
        var knownPath = CceSender.RemovePath(run.Profile.Cce!.ProjectId, run.Profile.Cce!.ClusterId);
        var named = 0;
        CceCases.All.Sample(draft =>
        {
            var request = explorer.Render(draft)!;
            named += request.RemovableUids.Count;
            var refused = CceOracle.Judge(request.Body, request.ContentType).MustRefuse || request.Path != knownPath;
            return refused || (request.RemovableUids.Count == 0 && !removable.Any(u => request.Body?.Contains(u, StringComparison.Ordinal) == true));
        }, iter: 3000, threads: 1);

        // The other side of the economy: requests that must be refused do name removable nodes, so a server that lets them through is seen.
        named.Should().BePositive();
    }

    [Test]
    public void An_obshell_request_the_server_would_bind_never_names_a_member()
    {
        using var http = new TargetHttp(new HttpOptions());
        var profile = StubProfile.Create("http://127.0.0.1:1");
        // The non-member made a removable member: every bindable draft aimed at it must now be held back.
        var o = profile.Obshell!;
        var run = Context(profile.With(o with { Removable = [.. o.Removable, o.NonMember!] }), http);
        var explorer = new ObshellExplorer(run);
        var members = run.Profile.Obshell!.Removable.Concat(o.MajorityAtRisk).ToList();
        var held = 0;
        ObshellCases.For(o).Sample(draft =>
        {
            if (explorer.Render(draft) is not { } request)
            {
                held++;
                return true;
            }

            var e = ObshellOracle.Judge(request.Body);
            return !members.Any(m => m.Ip == e.Ip && m.Port == e.Port);
        }, iter: 3000, threads: 1);
        held.Should().BePositive();
    }

    [Test]
    public void An_obshell_body_the_contract_refuses_still_never_names_a_member()
    {
        // force_kill "true" must be refused, but a lenient server binds it and removes the node: nothing counts obshell nodes spent.
        using var http = new TargetHttp(new HttpOptions());
        var profile = StubProfile.Create("http://127.0.0.1:1");
        var member = profile.Obshell!.Removable[0];
        var explorer = new ObshellExplorer(Context(profile, http));
        var body = $"{{\"agent_info\":{{\"ip\":\"{member.Ip}\",\"port\":{member.Port}}},\"force_kill\":\"true\"}}";
        ObshellOracle.Judge(body).MustRefuse.Should().BeTrue();

        explorer.Render(new Draft("POST", "/api/v1/ob/scale_in", body, "application/json")).Should().BeNull();
    }

    [TestCase(400, false)]
    [TestCase(404, false)]
    [TestCase(202, true)]
    [TestCase(500, true)]
    [TestCase(302, true)]
    public void A_named_uid_is_spent_unless_the_answer_was_a_4xx_refusal(int status, bool spent)
    {
        // A real cluster: one spent node ends their use. After a 5xx the node may be half removed: never name it again.
        var cce = StubProfile.Create("http://127.0.0.1:1").Cce!;
        var ledger = new UidLedger(cce, maxSpent: 1);
        var uid = ledger.Removable(0)!;

        ledger.Answered([uid], status);

        (ledger.Removable(0) is null).Should().Be(spent);
    }

    private static RunContext Context(TargetProfile profile, TargetHttp http) => new()
    {
        Profile = profile,
        Secrets = new SecretStore(new SecretMasker(), StubProfile.DefaultSecrets),
        Http = http,
        Schemas = new SchemaValidator(Jobs.SuiteLocator.Find(null)),
    };
}
