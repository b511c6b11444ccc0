using System.Text.Json.Nodes;
using WireMock;

namespace Conformance.Engine.Packs;

/// <summary>One API answered by the running reference stub: its routes, its control routes, and the profile describing it.</summary>
public interface IStubLane : IDisposable
{
    /// <summary>Every request whose path starts with this goes to <see cref="Handle"/>.</summary>
    string ApiPrefix { get; }

    IResponseMessage Handle(IRequestMessage request);

    /// <summary>Restores the initial state and forgets every task.</summary>
    void Reset();

    /// <summary>The profile section describing this lane's fixtures (scaled ones included).</summary>
    JsonObject ProfileSection(string baseUrl, string controlUrl, bool small);

    /// <summary>The lane's control routes, for the stub's 404 listing, relative to its control URL, e.g. "POST /nodes/{uid}/readd".</summary>
    IReadOnlyList<string> ControlRoutes { get; }

    /// <summary>Answers a control request under the lane's control URL (<paramref name="path"/> is the rest, e.g. "/identity"); null when no route matches.</summary>
    ControlAnswer? Control(string method, string path, string? body);
}

/// <summary>A control route's answer.</summary>
public sealed record ControlAnswer(int Status, string? Body, string ContentType = "application/json")
{
    public static ControlAnswer Error(int status, string message) => new(status, new JsonObject { ["error"] = message }.ToJsonString());
}
