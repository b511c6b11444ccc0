using System.Net;
using System.Text;
using Conformance.Stub;
using Conformance.Stub.ApiLane;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Conformance.Scenarios;

/// <summary>The reference stub's API routes hand the handlers the request WireMock.Net itself would have built.</summary>
[TestFixture]
public sealed class ApiRoutesTests
{
    private static readonly (string Method, string PathAndQuery, string? Body)[] Requests =
    [
        ("GET", "/api/v3/projects/p1/jobs/j-1", null),
        ("GET", "/api/v3/projects/p1/jobs/j%2F1", "{}"),
        ("PUT", "/api/v3/projects/p%201/clusters/c~1/nodes/operation/remove", "{\"spec\":{\"nodes\":[{\"uid\":\"é\"}]}}"),
        ("GET", "/api/v1/task/dag/abc?show_details=false&x=a%26b&x=2&plus=a+b", null),
        ("DELETE", "/api/v1/observer", "eyJhIjoxfQ=="),
        ("POST", "/api/v1/ob/scale_in/./../scale_in?", "   "),
    ];

    [Test]
    public async Task The_handlers_see_what_a_WireMock_mapping_would_have_shown_them()
    {
        using var pair = new ServerPair();
        using var http = new HttpClient();

        foreach (var (method, pathAndQuery, body) in Requests)
        {
            foreach (var server in pair.Servers)
            {
                using var message = new HttpRequestMessage(new HttpMethod(method), $"http://127.0.0.1:{server.Port}{pathAndQuery}");
                message.Headers.TryAddWithoutValidation("X-Sdk-Date", "20250601T120000Z");
                message.Headers.TryAddWithoutValidation("X-Repeated", ["a", "b"]);
                if (body is not null)
                {
                    message.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }

                using var answer = await http.SendAsync(message);
                Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), $"{method} {pathAndQuery} on port {server.Port}");
                Assert.That(answer.Headers.GetValues("X-Seen").Single(), Is.EqualTo("yes"));
                Assert.That(await answer.Content.ReadAsStringAsync(), Is.EqualTo("seen " + method));
            }
        }

        Assert.That(pair.ViaRoutes, Has.Count.EqualTo(Requests.Length));
        for (var i = 0; i < Requests.Length; i++)
        {
            var (expected, actual) = (pair.ViaWireMock[i], pair.ViaRoutes[i]);
            var what = $"{Requests[i].Method} {Requests[i].PathAndQuery}";
            Assert.That(actual.Method, Is.EqualTo(expected.Method), what);
            Assert.That(actual.Path, Is.EqualTo(expected.Path), what);
            Assert.That(actual.PathSegments, Is.EqualTo(expected.PathSegments), what);
            Assert.That(WithoutPort(actual.Url), Is.EqualTo(WithoutPort(expected.Url)), what);
            Assert.That(actual.RawQuery, Is.EqualTo(expected.RawQuery), what);
            Assert.That(Flat(actual.Query), Is.EqualTo(Flat(expected.Query)), what);
            Assert.That(Flat(actual.Headers, skip: "Host"), Is.EqualTo(Flat(expected.Headers, skip: "Host")), what);
            Assert.That(actual.BodyAsBytes ?? [], Is.EqualTo(expected.BodyAsBytes ?? []), what);
        }
    }

    [Test]
    public async Task A_header_sent_on_two_lines_reaches_the_handlers_as_WireMock_shows_it()
    {
        using var pair = new ServerPair();

        // HttpClient joins a repeated header into one line; only a raw request sends it twice, as some clients do.
        foreach (var server in pair.Servers)
        {
            using var tcp = new System.Net.Sockets.TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, server.Port);
            await using var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"GET /api/v3/projects/p1/jobs/j-1 HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nX-Twice: a\r\nX-Twice: b\r\nConnection: close\r\n\r\n"));
            using var reader = new StreamReader(stream);
            Assert.That(await reader.ReadLineAsync(), Does.StartWith("HTTP/1.1 202"));
        }

        Assert.That(pair.ViaRoutes.Single().Headers!["X-Twice"], Is.EqualTo(new[] { "a", "b" }));
        Assert.That(Flat(pair.ViaRoutes.Single().Headers, skip: "Host"), Is.EqualTo(Flat(pair.ViaWireMock.Single().Headers, skip: "Host")));
    }

    [Test]
    public async Task A_path_outside_the_routes_still_reaches_WireMocks_mappings()
    {
        var settings = ReferenceStub.ServerSettings(0);
        new ApiRoutes([("/api/", _ => throw new InvalidOperationException("not this one"))], TimeProvider.System).Install(settings);
        using var server = WireMockServer.Start(settings);
        server.Given(Request.Create().WithPath("/other").UsingGet()).RespondWith(Response.Create().WithStatusCode(418));
        using var http = new HttpClient();

        var mapped = await http.GetAsync($"http://127.0.0.1:{server.Port}/other");
        var failing = await http.GetAsync($"http://127.0.0.1:{server.Port}/api/x");

        Assert.That((int)mapped.StatusCode, Is.EqualTo(418));
        // A handler that throws is a 500 naming the exception, never a stack trace.
        Assert.That((int)failing.StatusCode, Is.EqualTo(500));
        Assert.That(await failing.Content.ReadAsStringAsync(), Is.EqualTo("reference stub: InvalidOperationException"));
    }

    /// <summary>The same catch-all handler behind a WireMock mapping and behind the API routes, each recording what it was given.</summary>
    private sealed class ServerPair : IDisposable
    {
        private readonly WireMockServer _plain;
        private readonly WireMockServer _routed;

        public ServerPair()
        {
            _plain = WireMockServer.Start(ReferenceStub.ServerSettings(0));
            _plain.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(r => Capture(ViaWireMock, r)));
            var settings = ReferenceStub.ServerSettings(0);
            new ApiRoutes([("/api/", r => Capture(ViaRoutes, r))], TimeProvider.System).Install(settings);
            _routed = WireMockServer.Start(settings);
        }

        public List<IRequestMessage> ViaWireMock { get; } = [];

        public List<IRequestMessage> ViaRoutes { get; } = [];

        public WireMockServer[] Servers => [_plain, _routed];

        public void Dispose()
        {
            _plain.Dispose();
            _routed.Dispose();
        }
    }

    private static IResponseMessage Capture(List<IRequestMessage> into, IRequestMessage request)
    {
        lock (into)
        {
            into.Add(request);
        }

        var answer = new ResponseMessage { StatusCode = 202, BodyData = new WireMock.Util.BodyData { BodyAsString = "seen " + request.Method, DetectedBodyType = WireMock.Types.BodyType.String } };
        answer.AddHeader("X-Seen", "yes");
        return answer;
    }

    private static string WithoutPort(string url) => System.Text.RegularExpressions.Regex.Replace(url, @":\d+/", ":PORT/");

    private static string Flat(IDictionary<string, WireMock.Types.WireMockList<string>>? table, string? skip = null) =>
        string.Join("\n", (table ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .Where(p => !string.Equals(p.Key, skip, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={string.Join("|", p.Value)}"));
}
