using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine.Profiles;
using Conformance.Obshell.Stub;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Conformance.Stub;

/// <summary>
/// Control endpoints under /__conformance/ that only the reference stub has: the suite uses them for rows no real
/// server can be put into on demand (a SINGLE or uninitialised agent), to start a scenario from a clean state, and as
/// what a profile's restore command calls to bring a removed node back.
/// </summary>
internal static class ControlRoutes
{
    public const string Prefix = "/__conformance";

    private const string CceNodes = Prefix + "/cce/nodes/";
    private const string ReaddSuffix = "/readd";
    private const string ObshellReadd = Prefix + "/obshell/nodes/readd";

    private static readonly string Routes = string.Join(", ",
        $"POST {Prefix}/reset", $"PUT {Prefix}/obshell/identity", $"POST {ObshellReadd}", $"POST {CceNodes}{{uid}}{ReaddSuffix}");

    public static void Register(WireMockServer server, ReferenceStub stub)
    {
        // One mapping, routed here: WireMock scores every mapping against every request, API requests included.
        server.Given(Request.Create().WithPath(p => p.StartsWith(Prefix + "/", StringComparison.Ordinal)).UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(request => (request.Method.ToUpperInvariant(), request.Path) switch
            {
                ("POST", Prefix + "/reset") => Reset(stub),
                ("PUT", Prefix + "/obshell/identity") => SetIdentity(stub, request.Body),
                ("POST", ObshellReadd) => ReaddObshellNode(stub, request.Body),
                ("POST", var path) when CceUid(path) is { } uid => ReaddCceNode(stub, uid),
                _ => Error(404, $"no control route {request.Method} {request.Path}; there are {Routes}"),
            }));
    }

    /// <summary>The {uid} of POST /__conformance/cce/nodes/{uid}/readd; null for any other path.</summary>
    private static string? CceUid(string path) =>
        path.StartsWith(CceNodes, StringComparison.Ordinal) && path.EndsWith(ReaddSuffix, StringComparison.Ordinal)
        && path[CceNodes.Length..^ReaddSuffix.Length] is { Length: > 0 } uid && !uid.Contains('/')
            ? uid
            : null;

    // Plain text whose last line is the uid: a restore command's output is read that way, whatever it prints before.
    private static WireMock.ResponseMessage ReaddCceNode(ReferenceStub stub, string uid) =>
        stub.Cce.Readd(uid) is { } fresh
            ? Answer(200, $"node {uid} is back in the cluster under a new uid:\n{fresh}", "text/plain; charset=utf-8")
            : Error(404, $"node {uid} was not removed by a job that reached Success (or is back already): nothing to re-add");

    private static WireMock.ResponseMessage ReaddObshellNode(ReferenceStub stub, string? body)
    {
        NodeAddress node;
        try
        {
            var json = JsonNode.Parse(body ?? "") as JsonObject;
            node = new NodeAddress(json?["ip"]?.GetValue<string>() ?? "", json?["port"]?.GetValue<int>() ?? 0);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            node = new NodeAddress("", 0);
        }

        if (node.Ip.Length == 0 || node.Port == 0)
        {
            return Error(400, "the body must be {\"ip\": string, \"port\": number}");
        }

        return stub.Obshell.Readd(node) switch
        {
            ObshellReaddOutcome.Readded => Answer(204, null),
            ObshellReaddOutcome.AlreadyMember => Error(409, $"{node.Ip}:{node.Port} is a member of the cluster now"),
            _ => Error(404, $"{node.Ip}:{node.Port} never was a member of the cluster"),
        };
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
            return Error(400, $"identity must be one of {string.Join(", ", Enum.GetValues<AgentIdentity>().Select(i => i.ToWireName()))}");
        }

        stub.Obshell.SetIdentity(identity.Value);
        return Answer(204, null);
    }

    private static WireMock.ResponseMessage Error(int status, string message) =>
        Answer(status, new JsonObject { ["error"] = message }.ToJsonString());

    private static WireMock.ResponseMessage Answer(int status, string? body, string contentType = "application/json")
    {
        var message = new WireMock.ResponseMessage { StatusCode = status };
        if (body is not null)
        {
            message.BodyData = new WireMock.Util.BodyData { BodyAsString = body, DetectedBodyType = WireMock.Types.BodyType.String };
            message.AddHeader("Content-Type", contentType);
        }

        return message;
    }
}
