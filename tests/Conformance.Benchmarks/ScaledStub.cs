using System.Text.Json.Nodes;
using Conformance.Cce.Stub;
using Conformance.Engine.Profiles;
using Conformance.Obshell.Stub;
using Conformance.Stub;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Benchmarks;

/// <summary>
/// The reference stub's two APIs on one WireMock.Net server, as <see cref="ReferenceStub.Start"/> builds them, but
/// with <c>scale</c> times the removable nodes (obshell) and node uids (CCE), so one run can hold N copies of the
/// suite without the run-wide node pools running dry. Built here, not by an edit to ReferenceStub, because that file
/// is being changed by other work; only the identity control route the harness uses is registered.
/// </summary>
public sealed class ScaledStub : IDisposable
{
    private readonly WireMockServer _server;
    private readonly ObshellStub _obshell;

    public ScaledStub(int scale)
    {
        var o = ObshellStubFixtures.Default;
        var extra = Enumerable.Range(1, scale - 1)
            .SelectMany(k => o.Removable.Select((_, i) => new NodeAddress($"10.20.{k}.{i + 2}", ObshellStubFixtures.DefaultPort)));
        Obshell = o with { Removable = [.. o.Removable, .. extra] };
        Cce = CceFixtures.Default with { NodeUids = Enumerable.Range(1, CceFixtures.DefaultNodeCount * scale).Select(CceFixtures.NodeUid).ToList() };
        var settings = ReferenceStub.ServerSettings(0);
        _obshell = new ObshellStub(new ObshellStubOptions { Fixtures = Obshell });
        var cce = new CceStub(new CceStubOptions { Fixtures = Cce });
        _server = WireMockServer.Start(settings);
        _obshell.Register(_server);
        cce.Register(_server);
        _server.Given(Request.Create().WithPath("/__conformance/obshell/identity").UsingPut())
            .RespondWith(Response.Create().WithCallback(request =>
            {
                var name = (JsonNode.Parse(request.Body ?? "{}") as JsonObject)?["identity"]?.GetValue<string>();
                var identity = Enum.GetValues<AgentIdentity>().First(i => i.ToWireName() == name || i.ToString() == name);
                _obshell.SetIdentity(identity);
                return new WireMock.ResponseMessage { StatusCode = 204 };
            }));
        Url = _server.Url!;
    }

    public string Url { get; }

    public ObshellStubFixtures Obshell { get; }

    public CceFixtures Cce { get; }

    /// <summary>The stub's profile (as <see cref="StubProfile.Json"/> writes it) with the scaled node lists.</summary>
    public TargetProfile Profile
    {
        get
        {
            var json = StubProfile.Json(Url);
            json["obshell"]!["removable"] = new JsonArray(Obshell.Removable.Select(n => (JsonNode)new JsonObject { ["ip"] = n.Ip, ["port"] = n.Port }).ToArray());
            json["cce"]!["removableNodeUids"] = new JsonArray(Cce.NodeUids.Select(u => (JsonNode)JsonValue.Create(u)).ToArray());
            return ProfileLoader.Parse(json.ToJsonString(), "scaled reference stub profile");
        }
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _obshell.Dispose();
    }
}
