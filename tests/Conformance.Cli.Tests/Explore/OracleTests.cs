using Conformance.Cce.Explore;
using Conformance.Obshell.Explore;
using FluentAssertions;

namespace Conformance.Cli.Tests.Explore;

/// <summary>The contract as the explorer reads it: what Go's decoder binds for obshell, which MUST rule a CCE body breaks.</summary>
[TestFixture]
[Category("explore")]
public sealed class OracleTests
{
    [TestCase("{\"agent_info\":{\"ip\":\"10.0.0.9\",\"port\":2886}}", null)]
    [TestCase("{\"agent_info\":{\"ip\":\"10.0.0.9\",\"port\":-1},\"force_kill\":null,\"x\":[1]}", null)]
    [TestCase("{\"agent_info\":{\"ip\":\"10.0.0.9\",\"port\":65536},\"force_kill\":true}", null)]
    [TestCase(null, "OBS-010")]
    [TestCase("null", "OBS-010")]
    [TestCase("[]", "OBS-010")]
    [TestCase("{\"agent_info\":null}", "OBS-010")]
    [TestCase("{\"agent_info\":{\"ip\":\"\",\"port\":2886}}", "OBS-010")]
    [TestCase("{\"agent_info\":{\"ip\":\"10.0.0.9\",\"port\":-0}}", "OBS-010")]
    [TestCase("{\"agent_info\":{\"ip\":\"10.0.0.9\",\"port\":1e3}}", "OBS-010")]
    [TestCase("{\"agent_info\":{\"ip\":\"10.0.0.9\",\"port\":18446744073709551616}}", "OBS-010")]
    [TestCase("{\"agent_info\":{\"ip\":\"10.0.0.9\",\"port\":\"2886\"}}", "OBS-010")]
    [TestCase("{\"agent_info\":{\"ip\":\"10.0.0.9\",\"port\":2886},\"force_kill\":\"true\"}", "OBS-012")]
    [TestCase("{\"agent_info\":{\"ip\":\"10.0.0.9\",\"port\":2886},\"force_kill\":0}", "OBS-012")]
    public void Obshell_binding(string? body, string? broken) =>
        ObshellOracle.Judge(body).Broken.Select(b => b.Id).FirstOrDefault().Should().Be(broken);

    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"u\"}]}}", null)]
    [TestCase("{\"apiVersion\":null,\"kind\":null,\"spec\":{\"nodes\":[{\"uid\":\"u\"}]}}", null)]
    [TestCase("{\"apiVersion\":\"v2\",\"spec\":{\"nodes\":[{\"uid\":\"u\"}]}}", "CCE-001")]
    [TestCase("{\"kind\":3,\"spec\":{\"nodes\":[{\"uid\":\"u\"}]}}", "CCE-002")]
    [TestCase("{\"spec\":null}", "CCE-004")]
    [TestCase("{\"spec\":{}}", "CCE-005")]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"u\"},{}]}}", "CCE-006")]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"u\"}],\"login\":{\"userPassword\":{\"password\":\"Ab1!\"}}}}", "CCE-020")]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"u\"}],\"login\":{\"userPassword\":{\"password\":\"abcdefgh12\"}}}}", "CCE-021")]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"u\"}],\"login\":{\"userPassword\":{\"password\":\"Abc1toor!x\"}}}}", "CCE-022")]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"u\"}],\"login\":{\"userPassword\":{\"password\":\"abcd~efg1\"}}}}", null)]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"u\"}],\"login\":{\"userPassword\":{\"password\":\"Abc1ROOT!x\"}}}}", null)]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"u\"}],\"login\":{\"sshKey\":\"k\",\"removeSSHKey\":true}}}", "CCE-031")]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"u\"}],\"login\":{\"sshKey\":\"k\",\"removeSSHKey\":\"true\"}}}", null)]
    public void Cce_rules(string body, string? broken) =>
        CceOracle.Judge(body, "application/json").Broken.Select(b => b.Id).FirstOrDefault().Should().Be(broken);

    [Test]
    public void A_salted_password_is_not_judged_and_text_plain_is_refused()
    {
        var body = $"{{\"spec\":{{\"nodes\":[{{\"uid\":\"u\"}}],\"login\":{{\"userPassword\":{{\"password\":\"{CceCases.Salted.Value}\"}}}}}}}}";
        CceOracle.Judge(body, "application/json").MustRefuse.Should().BeFalse();
        CceOracle.Judge(body, "text/plain").Broken.Single().Id.Should().Be("CCE-051");
    }

    [TestCase(201, true, true)]
    [TestCase(201, false, false)]
    [TestCase(200, true, false)]
    public void Only_more_than_200_distinct_uids_are_over_the_limit(int count, bool distinct, bool over)
    {
        var items = Enumerable.Range(0, count).Select(i => $"{{\"uid\":\"u{(distinct ? i : i % 5)}\"}}");
        var judged = CceOracle.Judge($"{{\"spec\":{{\"nodes\":[{string.Join(",", items)}]}}}}", "application/json");
        judged.OverNodeLimit.Should().Be(over);
        judged.MustRefuse.Should().Be(count > 200);
    }
}
