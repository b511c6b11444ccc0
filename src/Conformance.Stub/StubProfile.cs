using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Cce.Stub;
using Conformance.Engine.Profiles;
using Conformance.Obshell.Stub;

namespace Conformance.Stub;

/// <summary>The reference stub's fixture set as a target profile, and the default secret values its environment variables take.</summary>
public static class StubProfile
{
    public const string ObshellPasswordEnv = "OBSHELL_PASSWORD";
    public const string CceTokenEnv = "CCE_TOKEN";
    public const string CceAkEnv = "CCE_AK";
    public const string CceSkEnv = "CCE_SK";

    /// <summary>The stub's documented default secrets, keyed by the environment variable the profile names.</summary>
    public static IReadOnlyDictionary<string, string> DefaultSecrets { get; } = new Dictionary<string, string>
    {
        [ObshellPasswordEnv] = ObshellStubFixtures.Default.AgentPassword,
        [CceTokenEnv] = CceFixtures.Default.Token,
        [CceAkEnv] = CceFixtures.Default.AccessKey,
        [CceSkEnv] = CceFixtures.Default.SecretKey,
    };

    /// <param name="obshell">The stub's obshell fixtures; the defaults when null (only their node lists reach the profile).</param>
    /// <param name="cce">The stub's CCE fixtures; the defaults when null.</param>
    public static TargetProfile Create(string baseUrl, ObshellStubFixtures? obshell = null, CceFixtures? cce = null) =>
        ProfileLoader.Parse(Json(baseUrl, obshell, cce).ToJsonString(), "reference stub profile");

    /// <summary>The profile as the JSON file <c>stub --write-profile</c> writes.</summary>
    public static JsonObject Json(string baseUrl, ObshellStubFixtures? obshell = null, CceFixtures? cce = null)
    {
        var o = obshell ?? ObshellStubFixtures.Default;
        var c = cce ?? CceFixtures.Default;
        return new JsonObject
        {
            ["referenceStub"] = true,
            ["obshell"] = new JsonObject
            {
                ["baseUrl"] = baseUrl,
                ["passwordEnv"] = ObshellPasswordEnv,
                ["agent"] = Node(o.Agent),
                ["removable"] = new JsonArray(o.Removable.Select(n => (JsonNode)Node(n)).ToArray()),
                ["nonMember"] = Node(o.NonMember),
                ["majorityAtRisk"] = new JsonArray(Node(o.MajorityAtRisk)),
                ["passwordKind"] = "agent",
                ["pollIntervalMs"] = 0,
                ["dagOperations"] = true,
            },
            ["cce"] = new JsonObject
            {
                ["baseUrl"] = baseUrl,
                ["projectId"] = c.ProjectId,
                ["clusterId"] = c.ClusterId,
                ["auth"] = new JsonObject { ["tokenEnv"] = CceTokenEnv, ["akEnv"] = CceAkEnv, ["skEnv"] = CceSkEnv },
                ["removableNodeUids"] = new JsonArray(c.NodeUids.Select(u => (JsonNode)JsonValue.Create(u)).ToArray()),
                ["unknownNodeUid"] = c.UnknownNodeUid,
                ["unknownClusterId"] = c.UnknownClusterId,
                ["pollIntervalMs"] = 0,
            },
        };
    }

    public static string Text(string baseUrl) => Json(baseUrl).ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonObject Node(NodeAddress n) => new() { ["ip"] = n.Ip, ["port"] = n.Port };
}
