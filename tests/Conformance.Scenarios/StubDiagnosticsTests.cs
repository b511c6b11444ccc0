using System.Collections.Concurrent;
using System.Net;
using Conformance.Cce.Protocol;
using Conformance.Cce.Stub;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary><c>ReferenceStub.Start(diagnostics: ...)</c> hands the callback to every lane: each refusal reaches it as one line.</summary>
[TestFixture]
public sealed class StubDiagnosticsTests
{
    [Test]
    public async Task Every_lane_reports_its_refusals_through_the_host()
    {
        var lines = new ConcurrentQueue<string>();
        using var stub = ReferenceStub.Start(diagnostics: lines.Enqueue);
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url) };
        var cce = CceFixtures.Default;
        var remove = $"/api/v3/projects/{cce.ProjectId}/clusters/{cce.ClusterId}/nodes/operation/remove";

        using (var request = new HttpRequestMessage(HttpMethod.Put, new Uri(http.BaseAddress, remove)))
        {
            request.Content = new StringContent($$$"""{"spec":{"nodes":[{"uid":"{{{cce.NodeUids[0]}}}"}]}}""", null, "application/json");
            await new AkSkSigner(cce.Credentials with { SecretKey = "not-the-stubs-secret-key" }).SignAsync(request);
            using var answer = await http.SendAsync(request);
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        using (var answer = await http.PostAsync("/api/v1/ob/scale_in", new StringContent("{}")))
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }

        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines, Has.One.StartsWith($"PUT {remove}: 401 APIGW.0301: AK/SK SignatureMismatch: signature does not match; SignedHeaders="));
        Assert.That(lines, Has.One.EqualTo("POST /api/v1/ob/scale_in: 400 Request.Header.NotFound: header: neither X-OCS-Header nor X-OCS-Agent-Header is in the request"));
        Assert.That(lines, Has.None.Contain(cce.SecretKey).Or.Contain(cce.Token).Or.Contain("\n"));
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
