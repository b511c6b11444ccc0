using System.Text.Json.Nodes;
using Conformance.Obshell.Stub;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Conformance.Stub;

/// <summary>
/// Control endpoints under /__conformance/ that only the reference stub has: the suite uses them for rows no real
/// server can be put into on demand (a SINGLE or uninitialised agent), and to start a scenario from a clean state.
/// </summary>
internal static class ControlRoutes
{
    public const string Prefix = "/__conformance";

    public static void Register(WireMockServer server, ReferenceStub stub)
    {
        // One mapping, routed here: WireMock scores every mapping against every request, API requests included.
        server.Given(Request.Create().WithPath(p => p.StartsWith(Prefix + "/", StringComparison.Ordinal)).UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(request => (request.Method.ToUpperInvariant(), request.Path) switch
            {
                ("POST", Prefix + "/reset") => Reset(stub),
                ("PUT", Prefix + "/obshell/identity") => SetIdentity(stub, request.Body),
                _ => Answer(404, $"{{\"error\":\"no control route {request.Method} {request.Path}; there are POST {Prefix}/reset and PUT {Prefix}/obshell/identity\"}}"),
            }));
    }

    private static WireMock.ResponseMessage Reset(ReferenceStub stub)
    {
        stub.Reset();
        return Answer(204, null);
    }

    private static WireMock.ResponseMessage SetIdentity(ReferenceStub stub, string? body)
    {
        var name = (JsonNode.Parse(body ?? "{}") as JsonObject)?["identity"]?.GetValue<string>();
        var identity = Enum.GetValues<AgentIdentity>().Cast<AgentIdentity?>().FirstOrDefault(i => i!.Value.ToWireName() == name || i.ToString() == name);
        if (identity is null)
        {
            return Answer(400, $"{{\"error\":\"identity must be one of {string.Join(", ", Enum.GetValues<AgentIdentity>().Select(i => i.ToWireName()))}\"}}");
        }

        stub.Obshell.SetIdentity(identity.Value);
        return Answer(204, null);
    }

    private static WireMock.ResponseMessage Answer(int status, string? body)
    {
        var message = new WireMock.ResponseMessage { StatusCode = status };
        if (body is not null)
        {
            message.BodyData = new WireMock.Util.BodyData { BodyAsString = body, DetectedBodyType = WireMock.Types.BodyType.String };
            message.AddHeader("Content-Type", "application/json");
        }

        return message;
    }
}
