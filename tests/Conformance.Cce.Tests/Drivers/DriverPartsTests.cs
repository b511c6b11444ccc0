using System.Text.Json.Nodes;
using Conformance.Cce.Drivers;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using Conformance.Engine.Checks;

namespace Conformance.Cce.Tests.Drivers;

public sealed class DriverPartsTests
{
    [Test]
    public void Body_paths_set_and_remove_nested_fields()
    {
        var body = RemovalRequest.BodyFor(["a", "b"], "salted");

        JsonPath.Remove(body, "spec.nodes[1].uid");
        JsonPath.Set(body, "spec.login.removeSSHKey", JsonValue.Create(true));
        JsonPath.Set(body, "apiVersion", null);

        body.ToJsonString().Should().Be(
            """{"apiVersion":null,"kind":"RemoveNodesTask","spec":{"nodes":[{"uid":"a"},{}],"login":{"userPassword":{"username":"root","password":"salted"},"removeSSHKey":true}}}""");
        JsonPath.Get(body, "spec.nodes[0].uid")!.GetValue<string>().Should().Be("a");
    }

    [Test]
    public void An_index_one_past_the_end_appends_an_item()
    {
        var body = RemovalRequest.BodyFor(["a"], null);

        JsonPath.Set(body, "spec.nodes[1]", new JsonObject());

        body["spec"]!["nodes"]!.ToJsonString().Should().Be("[{\"uid\":\"a\"},{}]");
        FluentActions.Invoking(() => JsonPath.Set(body, "spec.nodes[3]", new JsonObject())).Should().Throw<ArgumentOutOfRangeException>();
    }

    [TestCase("Abcd1!x", "too short", "(omitted)")]
    [TestCase("Ab1!nimdaZ", "contains the reversed username", "admin")]
    public void Password_rows_are_checked_against_the_rules(string password, string rule, string user)
    {
        FluentActions.Invoking(() => PasswordRows.ExpectBroken(password, rule, user)).Should().NotThrow();
        FluentActions.Invoking(() => PasswordRows.ExpectStrong(password, user)).Should().Throw<InvalidOperationException>()
            .WithMessage("suite error:*");
    }

    private static CceProfile Profile(IReadOnlyList<string> uids) =>
        new("http://127.0.0.1:1", "p", "c", new CceAuth("T", null, null), uids, null, null, 0);
}
