using System.Text.Json.Nodes;
using Conformance.Engine.Packs;
using WireMock;

namespace Conformance.Cce.Stub;

/// <summary>A running CCE stub as a lane of the reference stub, with its control route: re-adding a removed node under a new uid.</summary>
public sealed class CceStubLane(CceStub stub) : IStubLane
{
    internal const string NodesRoute = "/nodes/";
    internal const string ReaddSuffix = "/readd";

    public CceStub Stub { get; } = stub;

    public string ApiPrefix => CceStub.ApiPrefix;

    public IReadOnlyList<string> ControlRoutes { get; } = [$"POST {NodesRoute}{{uid}}{ReaddSuffix}"];

    public IResponseMessage Handle(IRequestMessage request) => Stub.Handle(request);

    public void Reset() => Stub.Reset();

    public JsonObject ProfileSection(string baseUrl, string controlUrl, bool small) => CceStubPack.Section(baseUrl, controlUrl, Stub.Fixtures, small);

    public ControlAnswer? Control(string method, string path, string? body) => (method, Uid(path)) switch
    {
        ("POST", { } uid) => Readd(uid),
        _ => null,
    };

    /// <summary>The {uid} of /nodes/{uid}/readd; null for any other path.</summary>
    private static string? Uid(string path) =>
        path.StartsWith(NodesRoute, StringComparison.Ordinal) && path.EndsWith(ReaddSuffix, StringComparison.Ordinal)
        && path.Length > NodesRoute.Length + ReaddSuffix.Length
        && path[NodesRoute.Length..^ReaddSuffix.Length] is { Length: > 0 } uid && !uid.Contains('/')
            ? uid
            : null;

    // Plain text whose last line is the uid: a restore command's output is read that way, whatever it prints before.
    private ControlAnswer Readd(string uid) =>
        Stub.Readd(uid) is { } fresh
            ? new ControlAnswer(200, $"node {uid} is back in the cluster under a new uid:\n{fresh}", "text/plain; charset=utf-8")
            : ControlAnswer.Error(404, $"node {uid} was not removed by a job that reached Success (or is back already): nothing to re-add");

    public void Dispose()
    {
    }
}
