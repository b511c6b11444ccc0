using Conformance.Engine.Profiles;
using FluentAssertions;

namespace Conformance.Engine.Tests.Profiles;

public sealed class ProfileLoaderTests
{
    private const string Full = """
        { "obshell": { "baseUrl": "http://127.0.0.1:2886", "passwordEnv": "OBSHELL_PASSWORD",
                       "agent": {"ip": "10.10.10.1", "port": 2886},
                       "removable": [{"ip": "10.10.10.4", "port": 2886}],
                       "nonMember": {"ip": "10.10.99.99", "port": 2886},
                       "majorityAtRisk": [{"ip": "10.10.10.3", "port": 2886}],
                       "passwordKind": "root", "pollIntervalMs": 50 },
          "cce": { "baseUrl": "http://127.0.0.1:8080", "projectId": "p1", "clusterId": "c1",
                   "auth": {"akEnv": "CCE_AK", "skEnv": "CCE_SK"},
                   "removableNodeUids": ["u1", "u2"], "unknownNodeUid": "nope", "unknownClusterId": "gone",
                   "pollIntervalMs": 50 } }
        """;

    [Test]
    public void The_documented_shape_parses_into_typed_fields()
    {
        var profile = ApiPacks.All.Profiles.Parse(Full);

        profile.Obshell!.Agent.Should().Be(new NodeAddress("10.10.10.1", 2886));
        profile.Obshell!.Removable.Should().ContainSingle().Which.Ip.Should().Be("10.10.10.4");
        profile.Obshell!.MajorityAtRisk.Should().HaveCount(1);
        profile.Obshell!.PasswordKind.Should().Be("root");
        profile.Obshell!.PollIntervalMs.Should().Be(50);
        profile.Cce!.Auth.Should().Be(new CceAuth(null, "CCE_AK", "CCE_SK"));
        profile.Cce!.RemovableNodeUids.Should().Equal("u1", "u2");
        profile.Apis.Should().Equal("obshell", "cce");
    }

    [Test]
    public void Optional_fields_take_their_defaults()
    {
        var profile = ApiPacks.All.Profiles.Parse("""{ "obshell": { "passwordEnv": "P", "agent": {"ip": "a", "port": 1} } }""");

        profile.Obshell!.PasswordKind.Should().Be("agent");
        profile.Obshell!.MajorityAtRisk.Should().BeEmpty();
        profile.Obshell!.NonMember.Should().BeNull();
        profile.Cce!.Should().BeNull();
        profile.Covers("cce").Should().BeFalse();
    }

    [TestCase("""{ "obshell": { "agent": {"ip": "a", "port": 1} } }""", "obshell.passwordEnv")]
    [TestCase("""{ "obshell": { "passwordEnv": "P" } }""", "obshell.agent")]
    [TestCase("""{ "obshell": { "passwordEnv": "P", "agent": {"ip": "a"} } }""", "obshell.agent.port")]
    [TestCase("""{ "obshell": { "passwordEnv": "P", "agent": {"ip": "a", "port": "x"} } }""", "obshell.agent.port")]
    [TestCase("""{ "obshell": { "passwordEnv": "P", "agent": {"ip": "a", "port": 1}, "removable": [{"port": 1}] } }""", "obshell.removable[0].ip")]
    [TestCase("""{ "obshell": { "passwordEnv": "P", "agent": {"ip": "a", "port": 1}, "passwordKind": "admin" } }""", "obshell.passwordKind")]
    [TestCase("""{ "cce": { "projectId": "p", "clusterId": "c" } }""", "cce.auth")]
    [TestCase("""{ "cce": { "projectId": "p", "clusterId": "c", "auth": {"akEnv": "A"} } }""", "cce.auth")]
    [TestCase("""{ "cce": { "clusterId": "c", "auth": {"tokenEnv": "T"} } }""", "cce.projectId")]
    [TestCase("""{ "cce": { "projectId": "p", "clusterId": "c", "auth": {"tokenEnv": "T"}, "removableNodeUids": [1] } }""", "cce.removableNodeUids[0]")]
    [TestCase("""{ }""", "\"obshell\" or a \"cce\" section")]
    [TestCase("""[1]""", "JSON object")]
    [TestCase("""{ "obshell": """, "not valid JSON")]
    public void A_missing_or_mistyped_field_is_named(string json, string expected)
    {
        var act = () => ApiPacks.All.Profiles.Parse(json, "p.json");

        act.Should().Throw<ConfigurationException>().Which.Message.Should().StartWith("p.json:").And.Contain(expected);
    }

    [Test]
    public void A_missing_file_is_a_configuration_error_naming_it()
    {
        var act = () => ApiPacks.All.Profiles.LoadFile("missing.json");

        act.Should().Throw<ConfigurationException>().WithMessage("*missing.json*");
    }

    [Test]
    public void Target_overrides_every_base_url_and_api_keeps_one_section()
    {
        var profile = ApiPacks.All.Profiles.Parse(Full).WithBaseUrl("http://127.0.0.1:9").Only("cce");

        profile.Obshell!.Should().BeNull();
        profile.Cce!.BaseUrl.Should().Be("http://127.0.0.1:9");
    }
}
