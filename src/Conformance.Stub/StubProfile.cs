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

    /// <summary>The zone and observer settings the small profile's scale-out restores a node with.</summary>
    private static readonly (string Zone, IReadOnlyDictionary<string, string> ObConfigs) SmallScaleOut =
        ("zone1", new Dictionary<string, string> { ["datafile_size"] = "2G", ["memory_limit"] = "6G" });

    /// <summary>The stub finishes a removal within a few polls (or, moving by time, as it was told): a minute is generous.</summary>
    private const int StubTimeoutSeconds = 60;

    /// <summary>How long the small profile gives each restore.</summary>
    private const int ObshellRestoreTimeoutSeconds = 120, CceRestoreTimeoutSeconds = 60;

    /// <param name="obshell">The stub's obshell fixtures; the defaults when null (only their node lists reach the profile).</param>
    /// <param name="cce">The stub's CCE fixtures; the defaults when null.</param>
    /// <param name="small">See <see cref="Json"/>.</param>
    public static TargetProfile Create(string baseUrl, ObshellStubFixtures? obshell = null, CceFixtures? cce = null, bool small = false) =>
        ProfileLoader.Parse(Json(baseUrl, obshell, cce, small).ToJsonString(), "reference stub profile");

    /// <summary>The profile as the JSON file <c>stub --write-profile</c> writes.</summary>
    /// <param name="small">
    /// Describe a cluster like a real test one: one removable node per API, each with a restore that brings it back
    /// (obshell's own scale-out; for CCE a command calling the stub's re-add control route), so the harness must restore
    /// between scenarios instead of using up a long list.
    /// </param>
    public static JsonObject Json(string baseUrl, ObshellStubFixtures? obshell = null, CceFixtures? cce = null, bool small = false)
    {
        var o = obshell ?? ObshellStubFixtures.Default;
        var c = cce ?? CceFixtures.Default;
        var profile = new JsonObject
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
                ["dagTimeoutSeconds"] = StubTimeoutSeconds,
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
                ["jobTimeoutSeconds"] = StubTimeoutSeconds,
            },
        };
        if (small)
        {
            MakeSmall(profile, baseUrl);
        }

        return profile;
    }

    /// <param name="small">See <see cref="Json"/>.</param>
    public static string Text(string baseUrl, bool small = false) =>
        Json(baseUrl, small: small).ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static void MakeSmall(JsonObject profile, string baseUrl)
    {
        var o = profile["obshell"]!.AsObject();
        o["removable"] = new JsonArray(o["removable"]![0]!.DeepClone());
        o["restore"] = new JsonObject
        {
            ["scaleOut"] = new JsonObject
            {
                ["zone"] = SmallScaleOut.Zone,
                ["obConfigs"] = new JsonObject(SmallScaleOut.ObConfigs.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            },
            ["timeoutSeconds"] = ObshellRestoreTimeoutSeconds,
        };

        var c = profile["cce"]!.AsObject();
        c["removableNodeUids"] = new JsonArray(c["removableNodeUids"]![0]!.DeepClone());
        // {uid} is the harness's placeholder, filled in per node; the stub answers with the new uid on the last line.
        c["restore"] = new JsonObject
        {
            ["command"] = new JsonArray("curl", "-fsS", "-X", "POST", $"{baseUrl.TrimEnd('/')}{ControlRoutes.Prefix}/cce/nodes/{{uid}}/readd"),
            ["timeoutSeconds"] = CceRestoreTimeoutSeconds,
        };
    }

    private static JsonObject Node(NodeAddress n) => new() { ["ip"] = n.Ip, ["port"] = n.Port };
}
