using System.Text.Json.Nodes;
using Conformance.Engine.Catalogue;
using Conformance.Engine.Packs;

namespace Conformance.Cce.Stub;

/// <summary>CCE's lane of the reference stub: deviation modes, default credentials, the job pace option, the profile section.</summary>
public sealed class CceStubPack : IStubPack
{
    /// <summary>The environment variables the stub's profile names for its credentials (and the stub reads them too).</summary>
    public const string TokenEnv = "CCE_TOKEN", AkEnv = "CCE_AK", SkEnv = "CCE_SK";

    /// <summary>The stub finishes a removal within a few polls (or, moving by time, as it was told): a minute is generous.</summary>
    private const int StubTimeoutSeconds = 60;

    private const int RestoreTimeoutSeconds = 60;

    public IReadOnlyList<StubDeviation> Deviations => CceDeviations.All;

    public IReadOnlyDictionary<string, string> DefaultSecrets { get; } = new Dictionary<string, string>
    {
        [TokenEnv] = CceFixtures.Default.Token,
        [AkEnv] = CceFixtures.Default.AccessKey,
        [SkEnv] = CceFixtures.Default.SecretKey,
    };

    public StubPace? Pace { get; } = new(
        "--job-ms", "CCE jobs reach Success N ms after creation instead of after a number of polls.", "a CCE job done {0} ms after it starts", "CCE jobs by polls");

    public JsonObject ProfileSection(string baseUrl, string controlUrl, bool small) => Section(baseUrl, controlUrl, CceFixtures.Default, small);

    public IStubLane Start(StubLaneOptions options)
    {
        string Env(string name, string fallback) => options.Environment(name) is { Length: > 0 } value ? value : fallback;
        var c = CceFixtures.Default with
        {
            Token = Env(TokenEnv, CceFixtures.Default.Token),
            AccessKey = Env(AkEnv, CceFixtures.Default.AccessKey),
            SecretKey = Env(SkEnv, CceFixtures.Default.SecretKey),
        };
        return new CceStubLane(new CceStub(new CceStubOptions
        {
            Time = options.Time,
            Fixtures = c with { NodeUids = Enumerable.Range(1, c.NodeUids.Count * options.Scale).Select(CceFixtures.NodeUid).ToList() },
            Deviations = options.Deviations,
            JobDuration = options.Pace,
            Diagnostics = options.Diagnostics,
        }));
    }

    /// <summary>The section for a stub with these fixtures.</summary>
    /// <param name="small">One removable node, restored by a command calling the stub's re-add control route.</param>
    internal static JsonObject Section(string baseUrl, string controlUrl, CceFixtures c, bool small)
    {
        var section = new JsonObject
        {
            ["baseUrl"] = baseUrl,
            ["projectId"] = c.ProjectId,
            ["clusterId"] = c.ClusterId,
            ["auth"] = new JsonObject { ["tokenEnv"] = TokenEnv, ["akEnv"] = AkEnv, ["skEnv"] = SkEnv },
            ["removableNodeUids"] = new JsonArray(c.NodeUids.Select(u => (JsonNode)JsonValue.Create(u)).ToArray()),
            ["unknownNodeUid"] = c.UnknownNodeUid,
            ["unknownClusterId"] = c.UnknownClusterId,
            ["pollIntervalMs"] = 0,
            ["jobTimeoutSeconds"] = StubTimeoutSeconds,
        };
        if (small)
        {
            section["removableNodeUids"] = new JsonArray(c.NodeUids[0]);
            // {uid} is the harness's placeholder, filled in per node; the stub answers with the new uid on the last line.
            section["restore"] = new JsonObject
            {
                ["command"] = new JsonArray("curl", "-fsS", "-X", "POST", $"{controlUrl}{CceStubLane.NodesRoute}{{uid}}{CceStubLane.ReaddSuffix}"),
                ["timeoutSeconds"] = RestoreTimeoutSeconds,
            };
        }

        return section;
    }
}
