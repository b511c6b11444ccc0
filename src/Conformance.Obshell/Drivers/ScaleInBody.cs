using Conformance.Obshell.Profiles;
using System.Text.Json.Nodes;
using Conformance.Engine.Profiles;

namespace Conformance.Obshell.Drivers;

/// <summary>The plaintext scale-in body: {"agent_info": {"ip", "port"}, "force_kill": bool}.</summary>
public static class ScaleInBody
{
    public static string For(NodeAddress node, bool? forceKill)
    {
        var body = new JsonObject { ["agent_info"] = new JsonObject { ["ip"] = node.Ip, ["port"] = node.Port } };
        if (forceKill is { } f)
        {
            body["force_kill"] = f;
        }

        return body.ToJsonString();
    }
}
