using System.Text.Json.Nodes;
using Conformance.Engine.Catalogue;
using Conformance.Engine.Packs;
using Conformance.Obshell.Profiles;

namespace Conformance.Obshell.Stub;

/// <summary>obshell's lane of the reference stub: deviation modes, default secrets, the DAG pace option, the profile section.</summary>
public sealed class ObshellStubPack : IStubPack
{
    /// <summary>The environment variable the stub's profile names for the agent password (and the stub reads it too).</summary>
    public const string PasswordEnv = "OBSHELL_PASSWORD";

    /// <summary>The stub finishes a removal within a few polls (or, moving by time, as it was told): a minute is generous.</summary>
    private const int StubTimeoutSeconds = 60;

    private const int RestoreTimeoutSeconds = 120;

    /// <summary>The zone and observer settings the small profile's scale-out restores a node with.</summary>
    private static readonly (string Zone, IReadOnlyDictionary<string, string> ObConfigs) SmallScaleOut =
        ("zone1", new Dictionary<string, string> { ["datafile_size"] = "2G", ["memory_limit"] = "6G" });

    public IReadOnlyList<StubDeviation> Deviations => ObshellDeviations.All;

    public IReadOnlyDictionary<string, string> DefaultSecrets { get; } = new Dictionary<string, string>
    {
        [PasswordEnv] = ObshellStubFixtures.Default.AgentPassword,
    };

    public StubPace? Pace { get; } = new(
        "--dag-stage-ms", "obshell DAGs advance one stage per N ms of elapsed time instead of one step per poll.", "a DAG stage every {0} ms", "DAGs one step per poll");

    public JsonObject ProfileSection(string baseUrl, string controlUrl, bool small) => Section(baseUrl, ObshellStubFixtures.Default, small);

    public IStubLane Start(StubLaneOptions options)
    {
        var o = ObshellStubFixtures.Default with
        {
            AgentPassword = options.Environment(PasswordEnv) is { Length: > 0 } password ? password : ObshellStubFixtures.Default.AgentPassword,
        };
        var extra = Enumerable.Range(1, options.Scale - 1)
            .SelectMany(k => o.Removable.Select((_, i) => new NodeAddress($"10.20.{k}.{i + 2}", ObshellStubFixtures.DefaultPort)));
        return new ObshellStubLane(new ObshellStub(new ObshellStubOptions
        {
            TimeProvider = options.Time,
            Fixtures = o with { Removable = [.. o.Removable, .. extra] },
            Deviations = options.Deviations,
            DagStageDuration = options.Pace,
            Diagnostics = options.Diagnostics,
        }));
    }

    /// <summary>The section for a stub with these fixtures.</summary>
    /// <param name="small">One removable node, restored by the server's own scale-out.</param>
    internal static JsonObject Section(string baseUrl, ObshellStubFixtures o, bool small)
    {
        var section = new JsonObject
        {
            ["baseUrl"] = baseUrl,
            ["passwordEnv"] = PasswordEnv,
            ["agent"] = Node(o.Agent),
            ["removable"] = new JsonArray(o.Removable.Select(n => (JsonNode)Node(n)).ToArray()),
            ["nonMember"] = Node(o.NonMember),
            ["majorityAtRisk"] = new JsonArray(Node(o.MajorityAtRisk)),
            ["passwordKind"] = "agent",
            ["pollIntervalMs"] = 0,
            ["dagTimeoutSeconds"] = StubTimeoutSeconds,
            ["dagOperations"] = true,
        };
        if (small)
        {
            section["removable"] = new JsonArray(Node(o.Removable[0]));
            section["restore"] = new JsonObject
            {
                ["scaleOut"] = new JsonObject
                {
                    ["zone"] = SmallScaleOut.Zone,
                    ["obConfigs"] = new JsonObject(SmallScaleOut.ObConfigs.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                },
                ["timeoutSeconds"] = RestoreTimeoutSeconds,
            };
        }

        return section;
    }

    private static JsonObject Node(NodeAddress n) => new() { ["ip"] = n.Ip, ["port"] = n.Port };
}
