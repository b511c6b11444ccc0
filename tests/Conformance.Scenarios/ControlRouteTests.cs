using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Obshell.Stub;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>The reference stub's own control routes under /__conformance/ (what the suite uses to set up rows).</summary>
[TestFixture]
public sealed class ControlRouteTests
{
    [Test]
    public async Task Identity_switch_and_reset_round_trip()
    {
        using var stub = ReferenceStub.Start();
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url) };

        using (var set = await http.PutAsync("/__conformance/obshell/identity", Json("""{"identity":"SINGLE"}""")))
        {
            Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That(stub.Obshell.Identity, Is.EqualTo(AgentIdentity.Single));
        using (var reset = await http.PostAsync("/__conformance/reset", null))
        {
            Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That(stub.Obshell.Identity, Is.EqualTo(AgentIdentity.ClusterAgent));
    }

    [Test]
    public async Task An_unknown_identity_is_refused_naming_the_known_ones()
    {
        using var stub = ReferenceStub.Start();
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url) };

        using var answer = await http.PutAsync("/__conformance/obshell/identity", Json("""{"identity":"LEADER"}"""));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("SINGLE"));
    }

    [TestCase("GET", "/__conformance/reset")]
    [TestCase("POST", "/__conformance/nothing")]
    public async Task A_wrong_method_or_route_is_a_404_naming_the_routes_there_are(string method, string path)
    {
        using var stub = ReferenceStub.Start();
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url) };

        using var answer = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var text = await answer.Content.ReadAsStringAsync();
        Assert.That(text, Does.Contain("POST /__conformance/reset"));
        Assert.That(text, Does.Contain("POST /__conformance/obshell/nodes/readd"));
        Assert.That(text, Does.Contain("POST /__conformance/cce/nodes/{uid}/readd"));
    }

    [Test]
    public async Task A_removed_CCE_node_is_readded_under_a_new_uid_on_the_last_line_which_can_be_removed_again()
    {
        using var stub = ReferenceStub.Start();
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url) };
        var uid = stub.Cce.Fixtures.NodeUids[0];
        await StubCalls.RemoveCceNodeAsync(http, stub, uid);

        using var answer = await http.PostAsync($"/__conformance/cce/nodes/{uid}/readd", null);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        var fresh = (await answer.Content.ReadAsStringAsync()).Split('\n')[^1];
        Assert.That(fresh, Is.Not.Empty.And.Not.EqualTo(uid));
        Assert.That(stub.Cce.CurrentNodes(), Does.Contain(fresh).And.Not.Contain(uid));
        await StubCalls.RemoveCceNodeAsync(http, stub, fresh);
        Assert.That(stub.Cce.CurrentNodes(), Does.Not.Contain(fresh));
    }

    [Test]
    public async Task Readding_a_CCE_node_that_was_never_removed_is_a_404_naming_it()
    {
        using var stub = ReferenceStub.Start();
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url) };
        var uid = stub.Cce.Fixtures.NodeUids[0];

        using var answer = await http.PostAsync($"/__conformance/cce/nodes/{uid}/readd", null);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["error"]!.GetValue<string>(), Does.Contain(uid));
    }

    [Test]
    public async Task A_removed_obshell_node_is_readded_at_once_and_a_member_or_stranger_is_refused()
    {
        using var stub = ReferenceStub.Start();
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url) };
        var node = stub.Obshell.Fixtures.Removable[0];
        using (var member = await http.PostAsync("/__conformance/obshell/nodes/readd", Json($$$"""{"ip":"{{{node.Ip}}}","port":{{{node.Port}}}}""")))
        {
            Assert.That(member.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        }

        await StubCalls.RemoveObshellNodeAsync(http, stub, node.Ip, node.Port);
        using (var readd = await http.PostAsync("/__conformance/obshell/nodes/readd", Json($$$"""{"ip":"{{{node.Ip}}}","port":{{{node.Port}}}}""")))
        {
            Assert.That(readd.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That(stub.Obshell.Members, Does.Contain(node));
        var stranger = stub.Obshell.Fixtures.NonMember;
        using (var never = await http.PostAsync("/__conformance/obshell/nodes/readd", Json($$$"""{"ip":"{{{stranger.Ip}}}","port":{{{stranger.Port}}}}""")))
        {
            Assert.That(never.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        using var bad = await http.PostAsync("/__conformance/obshell/nodes/readd", Json("""{"ip":"10.10.10.4"}"""));
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
