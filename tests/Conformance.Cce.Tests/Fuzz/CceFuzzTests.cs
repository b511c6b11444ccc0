using System.Net;
using Conformance.Cce.Tests.Support;
using CsCheck;

namespace Conformance.Cce.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the CCE stub: every answer has a documented status, the documented body (checked against
/// the schemas by <see cref="StubTestBase"/>) and X-Request-Id; never a 5xx, never an unhandled exception.
/// </summary>
[TestFixture]
[Category("fuzz")]
public sealed class CceFuzzTests : StubTestBase
{
    /// <summary>Bounded so each property runs in a few seconds on two cores.</summary>
    private const long Iterations = 300;

    private static readonly HttpStatusCode[] Documented =
        [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests];

    [Test]
    public Task Any_body_gets_a_documented_answer() =>
        Gen.Select(CceMalformed.Body, CceMalformed.ContentType).SampleAsync(async (body, contentType) =>
        {
            // Each sample starts from the full cluster, so a body that happens to remove nodes cannot starve later ones.
            Stub.Reset();
            var reply = await SendAsync(HttpMethod.Put, RemovePath(), "", Auth.Token, null, r => WithBody(r, body, contentType));
            Assert.That(reply.Status, Is.AnyOf(Documented), reply.Body);
        }, iter: Iterations, threads: 1);

    [Test]
    public Task Any_credentials_that_are_not_the_fixtures_get_401() =>
        Gen.Select(CceMalformed.HeaderValue, Gen.Bool, CceMalformed.ContentType).SampleAsync(async (value, asToken, contentType) =>
        {
            var reply = await SendAsync(HttpMethod.Put, RemovePath(), Body([F.NodeUids[0]]), Auth.None, contentType, r =>
                r.Headers.TryAddWithoutValidation(asToken ? "X-Auth-Token" : "Authorization", value));
            // An empty header is no credential at all: still 401, the "neither token nor signature" row.
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Unauthorized), reply.Body);
        }, iter: Iterations, threads: 1);

    [Test]
    public Task Any_path_ids_and_sdk_headers_get_a_documented_answer() =>
        Gen.Select(Gen.String[Gen.Char[' ', '~'], 1, 40], CceMalformed.HeaderValue, Gen.Bool).SampleAsync(async (id, date, job) =>
        {
            var segment = Uri.EscapeDataString(id);
            var path = job ? JobPath(segment) : RemovePath(cluster: segment);
            var reply = await SendAsync(job ? HttpMethod.Get : HttpMethod.Put, path, job ? null : Body([F.NodeUids[1]]), Auth.Token,
                "application/json", r => r.Headers.TryAddWithoutValidation("X-Sdk-Date", date));
            Assert.That(reply.Status, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests), reply.Body);
        }, iter: Iterations, threads: 1);

    private static void WithBody(HttpRequestMessage request, byte[] body, string contentType)
    {
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
    }
}
