using Conformance.Engine.Profiles;
using Conformance.Engine.Schemas;
using Conformance.Testing;
using FluentAssertions;

namespace Conformance.Engine.Tests.Profiles;

/// <summary>The profile reader checks schemas/profile.schema.json first, so a misspelt field is an error rather than an absent option.</summary>
public sealed class UnknownFieldTests
{
    private const string Obshell = """
        "obshell": { "passwordEnv": "P", "agent": {"ip": "a", "port": 1}, "removable": [{"ip": "b", "port": 1}] }
        """;

    private const string Cce = """
        "cce": { "projectId": "p", "clusterId": "c", "auth": {"tokenEnv": "T"}, "restore": {"command": ["x"]} }
        """;

    [Test]
    public void A_typo_names_the_field_and_the_closest_known_one()
    {
        var act = () => ApiPacks.All.Profiles.Parse("{ " + Obshell.Replace("\"removable\"", "\"removeable\"") + " }", "profile.json");

        act.Should().Throw<ConfigurationException>()
            .Which.Message.Should().Be("profile.json: unknown field 'obshell.removeable'; did you mean 'obshell.removable'?");
    }

    [TestCase("obshell", "\"passwordEnv\"", "\"dagTimeoutSecs\": 60, \"passwordEnv\"", "obshell.dagTimeoutSecs", "obshell.dagTimeoutSeconds")]
    [TestCase("obshell", "\"obshell\"", "\"referencestub\": true, \"obshell\"", "referencestub", "referenceStub")]
    [TestCase("obshell", "\"ip\": \"b\"", "\"ipp\": \"b\"", "obshell.removable[0].ipp", "obshell.removable[0].ip")]
    [TestCase("cce", "\"command\"", "\"comand\"", "cce.restore.comand", "cce.restore.command")]
    [TestCase("cce", "\"restore\": {", "\"restore\": {\"scaleOut\": {}, ", "cce.restore.scaleOut", "cce.restore.command")]
    [TestCase("cce", "\"tokenEnv\"", "\"tokenenv\"", "cce.auth.tokenenv", "cce.auth.tokenEnv")]
    [TestCase("cce", "\"tokenEnv\": \"T\"", "\"tokenEnv\": \"T\", \"a.b\": 1", "cce.auth.a.b", "cce.auth.akEnv")]
    public void An_unknown_field_at_any_depth_is_named_with_its_json_path(string section, string text, string typo, string field, string closest)
    {
        var json = ("{ " + (section == "cce" ? Cce : Obshell) + " }").Replace(text, typo);
        var act = () => ApiPacks.All.Profiles.Parse(json, "p.json");

        act.Should().Throw<ConfigurationException>()
            .Which.Message.Should().Be($"p.json: unknown field '{field}'; did you mean '{closest}'?");
    }

    [Test]
    public void Every_unknown_field_is_listed_on_one_line()
    {
        var act = () => ApiPacks.All.Profiles.Parse("{ \"x\": 1, " + Obshell.Replace("\"agent\"", "\"y\": 2, \"agent\"") + " }", "p.json");

        act.Should().Throw<ConfigurationException>()
            .Which.Message.Should().StartWith("p.json: unknown field 'obshell.y'; did you mean ").And.EndWith(" (and 1 more unknown field(s): 'x')");
    }

    [Test]
    public void A_schema_key_for_editors_and_free_form_observer_configs_are_allowed()
    {
        var profile = ApiPacks.All.Profiles.Parse("""
            { "$schema": "../schemas/profile.schema.json",
              "obshell": { "passwordEnv": "P", "agent": {"ip": "a", "port": 1},
                           "restore": {"scaleOut": {"zone": "z1", "obConfigs": {"any_key": "1G", "nested": {"x": [1]}}}} } }
            """);

        profile.Obshell!.Restore!.ScaleOut!.ObConfigs["nested"]!["x"]![0]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public void What_the_typed_reader_lets_through_is_still_held_to_the_schema()
    {
        // The reader takes an explicit null as an absent field; the published schema does not.
        var act = () => ApiPacks.All.Profiles.Parse("{ " + Cce.Replace("\"projectId\"", "\"unknownNodeUid\": null, \"projectId\"") + " }", "p.json");

        act.Should().Throw<ConfigurationException>()
            .Which.Message.Should().Be("p.json: field 'cce.unknownNodeUid' does not match schemas/profile.schema.json: StringExpected");
    }

    [Test]
    public void The_published_schema_accepts_the_documented_profile_and_refuses_the_typo()
    {
        var validator = new SchemaValidator(SourceTree.Root);
        var readme = File.ReadAllText(Path.Combine(SourceTree.Root, "README.md"));
        var start = readme.IndexOf("```json\n{ \"obshell\"", StringComparison.Ordinal) + "```json\n".Length;
        var documented = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        ApiPacks.All.Profiles.Parse(documented);
        validator.Validate("profile.schema.json", documented).Should().BeEmpty();
        validator.Validate("profile.schema.json", documented.Replace("\"removable\"", "\"removeable\""))
            .Should().Equal("$.obshell.removeable: property not allowed here");
    }
}
