using Conformance.Stub;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Conformance.Benchmarks;

/// <summary>
/// WireMock.Net alone: the stub's own server settings and a single callback mapping answering each endpoint's
/// captured bytes, no stub logic. What it reaches against bare Kestrel is WireMock's ceiling for the stub.
/// </summary>
public sealed class WireMockControl : IDisposable
{
    private readonly WireMockServer _server;

    public WireMockControl(IReadOnlyList<StubLoad.Endpoint> endpoints)
    {
        var answers = StubLoad.Endpoint.ByRoute(endpoints);
        _server = WireMockServer.Start(ReferenceStub.ServerSettings(0));
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(request =>
        {
            if (!answers.TryGetValue((request.Method, request.Path), out var e))
            {
                return new WireMock.ResponseMessage { StatusCode = 404 };
            }

            var message = new WireMock.ResponseMessage { StatusCode = e.Status };
            if (e.ResponseType is not null)
            {
                message.AddHeader("Content-Type", e.ResponseType);
            }

            if (e.ResponseBody.Length > 0)
            {
                message.BodyData = new BodyData { BodyAsBytes = e.ResponseBody, DetectedBodyType = BodyType.Bytes };
            }

            return message;
        }));
        Url = $"http://127.0.0.1:{_server.Port}";
    }

    public string Url { get; }

    public void Dispose() => _server.Stop();
}
