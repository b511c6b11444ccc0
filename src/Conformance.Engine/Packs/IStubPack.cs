using System.Text.Json.Nodes;
using Conformance.Engine.Catalogue;

namespace Conformance.Engine.Packs;

/// <summary>A pack's share of the reference stub: its deviation modes, default secrets, pace option and the lane itself.</summary>
public interface IStubPack
{
    IReadOnlyList<StubDeviation> Deviations { get; }

    /// <summary>The stub's documented default secrets, keyed by the environment variable its profile names.</summary>
    IReadOnlyDictionary<string, string> DefaultSecrets { get; }

    /// <summary>The <c>stub</c> option that makes the lane move by time, or null when it has none.</summary>
    StubPace? Pace { get; }

    /// <summary>The profile section describing the stub's default fixtures at <paramref name="baseUrl"/>.</summary>
    /// <param name="small">One removable node with a restore that brings it back, like a real test cluster.</param>
    /// <param name="controlUrl">Where the stub's control routes for this API are, e.g. http://127.0.0.1:8080/__conformance/x.</param>
    JsonObject ProfileSection(string baseUrl, string controlUrl, bool small);

    /// <summary>Starts the lane; its secrets come from <see cref="StubLaneOptions.Environment"/> or the defaults.</summary>
    IStubLane Start(StubLaneOptions options);
}

/// <summary>A <c>stub</c> option that makes a lane move by elapsed time, and how the stub says so when it is set or not.</summary>
/// <param name="Option">e.g. "--x-ms".</param>
/// <param name="Moving">With {0} for the milliseconds, e.g. "a job done {0} ms after it starts".</param>
/// <param name="ByPolls">What the lane does without the option, e.g. "jobs by polls".</param>
public sealed record StubPace(string Option, string Description, string Moving, string ByPolls);

/// <summary>What a lane starts with.</summary>
/// <param name="Deviations">Every deviation name asked for (of any pack): a lane acts on its own.</param>
/// <param name="Scale">Removable nodes times this, so one run can hold that many copies of the suite.</param>
/// <param name="Pace">The lane's <see cref="StubPace"/> option as a duration, when given.</param>
public sealed record StubLaneOptions(TimeProvider Time, IReadOnlySet<string> Deviations, int Scale, TimeSpan? Pace)
{
    /// <summary>Where the lane reads its secrets' values (the same variables the profile names).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>
    /// Told one line, <c>"METHOD path: status code: why"</c>, each time the lane refuses a request, so a developer
    /// pointing a client at the stub learns which check failed; never a secret. Null: the lane says nothing.
    /// </summary>
    public Action<string>? Diagnostics { get; init; }
}
