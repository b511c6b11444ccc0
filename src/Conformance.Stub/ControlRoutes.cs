using Conformance.Engine.Packs;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Conformance.Stub;

/// <summary>
/// Control endpoints under /__conformance/ that only the reference stub has: the suite uses them for rows no real
/// server can be put into on demand, to start a scenario from a clean state, and as what a profile's restore command
/// calls to bring a removed node back. Each lane answers its own under /__conformance/&lt;api&gt;/.
/// </summary>
internal static class ControlRoutes
{
    public const string Prefix = "/__conformance";

    private const string ResetRoute = Prefix + "/reset";

    /// <summary>Where a pack's control routes are on a stub at <paramref name="baseUrl"/>.</summary>
    public static string UrlFor(string baseUrl, string api) => $"{baseUrl.TrimEnd('/')}{Prefix}/{api}";

    public static void Register(WireMockServer server, ReferenceStub stub)
    {
        var routes = string.Join(", ", [$"POST {ResetRoute}", .. stub.Served.SelectMany(s => s.Lane.ControlRoutes.Select(r => Qualify(r, s.Pack.Name)))]);

        // One mapping, routed here: WireMock scores every mapping against every request, API requests included.
        server.Given(Request.Create().WithPath(p => p.StartsWith(Prefix + "/", StringComparison.Ordinal)).UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(request =>
            {
                var method = request.Method.ToUpperInvariant();
                if ((method, request.Path) is ("POST", ResetRoute))
                {
                    stub.Reset();
                    return Answer(new ControlAnswer(204, null));
                }

                foreach (var (pack, lane) in stub.Served)
                {
                    var lanePrefix = $"{Prefix}/{pack.Name}";
                    if (request.Path.StartsWith(lanePrefix + "/", StringComparison.Ordinal)
                        && lane.Control(method, request.Path[lanePrefix.Length..], request.Body) is { } answer)
                    {
                        return Answer(answer);
                    }
                }

                return Answer(ControlAnswer.Error(404, $"no control route {request.Method} {request.Path}; there are {routes}"));
            }));
    }

    /// <summary>"PUT /identity" of pack x as "PUT /__conformance/x/identity".</summary>
    private static string Qualify(string route, string api)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        return $"{route[..space]} {Prefix}/{api}{route[(space + 1)..]}";
    }

    private static WireMock.ResponseMessage Answer(ControlAnswer answer)
    {
        var message = new WireMock.ResponseMessage { StatusCode = answer.Status };
        if (answer.Body is not null)
        {
            message.BodyData = new WireMock.Util.BodyData { BodyAsString = answer.Body, DetectedBodyType = WireMock.Types.BodyType.String };
            message.AddHeader("Content-Type", answer.ContentType);
        }

        return message;
    }
}
