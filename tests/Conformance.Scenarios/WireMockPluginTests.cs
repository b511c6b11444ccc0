using System.Net;
using Conformance.Stub;
using Conformance.Stub.WireMockPlugins;

namespace Conformance.Scenarios;

/// <summary>The stub fills WireMock.Net's multipart plugin slot, so no request makes WireMock rescan the DLLs in its folder.</summary>
[TestFixture]
public sealed class WireMockPluginTests
{
    [Test]
    public void The_plugin_cache_is_where_the_seeding_expects_it_and_names_the_stubs_plugin()
    {
        // Fails when a WireMock.Net upgrade moves its private plugin cache: the stub still works (WireMock's scan finds
        // NoMimeMessages), but the first requests pay for the scan again, so the benchmark figures must be rechecked.
        Assert.That(PluginCache.Seed(), Is.True);
    }

    [Test]
    public async Task A_multipart_request_gets_the_api_answer_not_a_plugin_failure()
    {
        using var stub = ReferenceStub.Start();
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url) };
        using var form = new MultipartFormDataContent { { new StringContent("x"), "field" } };

        using var answer = await http.PostAsync("/api/v1/ob/scale_in", form);

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "an obshell request without its auth header is refused as any other");
        Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("Request.Header.NotFound"));
    }
}
