using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine.Packs;
using Conformance.Obshell.Profiles;
using WireMock;

namespace Conformance.Obshell.Stub;

/// <summary>A running obshell stub as a lane of the reference stub, with its control routes: the agent's identity and re-adding a node.</summary>
public sealed class ObshellStubLane(ObshellStub stub) : IStubLane
{
    public ObshellStub Stub { get; } = stub;

    public string ApiPrefix => ObshellStub.ApiPrefix;

    public IReadOnlyList<string> ControlRoutes { get; } = ["PUT /identity", "POST /nodes/readd"];

    public IResponseMessage Handle(IRequestMessage request) => Stub.Handle(request);

    public void Reset() => Stub.Reset();

    public JsonObject ProfileSection(string baseUrl, string controlUrl, bool small) => ObshellStubPack.Section(baseUrl, Stub.Fixtures, small);

    public ControlAnswer? Control(string method, string path, string? body) => (method, path) switch
    {
        ("PUT", "/identity") => SetIdentity(body),
        ("POST", "/nodes/readd") => Readd(body),
        _ => null,
    };

    private ControlAnswer Readd(string? body)
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
            return ControlAnswer.Error(400, "the body must be {\"ip\": string, \"port\": number}");
        }

        return Stub.Readd(node) switch
        {
            ObshellReaddOutcome.Readded => new ControlAnswer(204, null),
            ObshellReaddOutcome.AlreadyMember => ControlAnswer.Error(409, $"{node.Ip}:{node.Port} is a member of the cluster now"),
            _ => ControlAnswer.Error(404, $"{node.Ip}:{node.Port} never was a member of the cluster"),
        };
    }

    private ControlAnswer SetIdentity(string? body)
    {
        var name = (JsonNode.Parse(body ?? "{}") as JsonObject)?["identity"]?.GetValue<string>();
        var identity = Enum.GetValues<AgentIdentity>().Cast<AgentIdentity?>().FirstOrDefault(i => i!.Value.ToWireName() == name || i.ToString() == name);
        if (identity is null)
        {
            return ControlAnswer.Error(400, $"identity must be one of {string.Join(", ", Enum.GetValues<AgentIdentity>().Select(i => i.ToWireName()))}");
        }

        Stub.SetIdentity(identity.Value);
        return new ControlAnswer(204, null);
    }

    public void Dispose() => Stub.Dispose();
}
