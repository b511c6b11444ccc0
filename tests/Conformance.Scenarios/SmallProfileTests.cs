using System.Net;
using System.Text.Json.Nodes;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary><c>stub --write-profile FILE --small</c>: one removable node per API, each with a restore that works against the stub.</summary>
[TestFixture]
public sealed class SmallProfileTests
{
    private const string Url = "http://127.0.0.1:8080";

    [Test]
    public void The_small_profile_has_one_obshell_node_with_a_scale_out_restore_and_keeps_the_other_fixtures()
    {
        var o = StubProfile.Json(Url, small: true)["obshell"]!;

        Assert.That(o["removable"]!.ToJsonString(), Is.EqualTo("""[{"ip":"10.10.10.4","port":2886}]"""));
        Assert.That(o["restore"]!.ToJsonString(), Is.EqualTo(
            """{"scaleOut":{"zone":"zone1","obConfigs":{"datafile_size":"2G","memory_limit":"6G"}},"timeoutSeconds":120}"""));
        Assert.That(o["agent"]!.ToJsonString(), Is.EqualTo("""{"ip":"10.10.10.1","port":2886}"""));
        Assert.That(o["nonMember"]!.ToJsonString(), Is.EqualTo("""{"ip":"10.10.99.99","port":2886}"""));
        Assert.That(o["majorityAtRisk"]!.ToJsonString(), Is.EqualTo("""[{"ip":"10.10.10.3","port":2886}]"""));
    }

    [Test]
    public void The_small_profile_has_one_CCE_uid_with_a_curl_restore_against_the_stub()
    {
        var c = StubProfile.Json(Url, small: true)["cce"]!;

        Assert.That(c["removableNodeUids"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { Conformance.Cce.Stub.CceFixtures.Default.NodeUids[0] }));
        Assert.That(c["restore"]!.ToJsonString(), Is.EqualTo(
            """{"command":["curl","-fsS","-X","POST","http://127.0.0.1:8080/__conformance/cce/nodes/{uid}/readd"],"timeoutSeconds":60}"""));
    }

    [Test]
    public void The_default_profile_is_unchanged_and_both_parse()
    {
        var full = StubProfile.Json(Url);

        Assert.That(full["obshell"]!.AsObject().ContainsKey("restore"), Is.False);
        Assert.That(full["cce"]!.AsObject().ContainsKey("restore"), Is.False);
        Assert.That(StubProfile.Create(Url).Obshell!.Removable, Has.Count.GreaterThan(1));
        Assert.That(StubProfile.Create(Url, small: true).Obshell!.Removable, Has.Count.EqualTo(1));
        Assert.That(StubProfile.Create(Url, small: true).Cce!.RemovableNodeUids, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_CCE_restore_command_s_url_readds_the_removed_node()
    {
        using var stub = ReferenceStub.Start();
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url) };
        var c = StubProfile.Json(stub.Url, small: true)["cce"]!;
        var uid = c["removableNodeUids"]![0]!.GetValue<string>();
        await StubCalls.RemoveCceNodeAsync(http, stub, uid);

        var url = c["restore"]!["command"]!.AsArray()[^1]!.GetValue<string>().Replace("{uid}", uid, StringComparison.Ordinal);
        using var answer = await http.PostAsync(url, null);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stub.Cce.CurrentNodes(), Does.Contain((await answer.Content.ReadAsStringAsync()).Split('\n')[^1]));
    }
}
