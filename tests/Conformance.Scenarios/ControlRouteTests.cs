using System.Net;
using System.Text;
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
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("POST /__conformance/reset"));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
