using Conformance.Engine.Http;

namespace Conformance.Engine.Running;

/// <summary>Per-scenario record the bindings write to and the reports read from: HTTP exchanges and notes.</summary>
public sealed class ScenarioLog
{
    private readonly List<HttpExchange> _exchanges = [];
    private readonly List<Note> _notes = [];

    public IReadOnlyList<HttpExchange> Exchanges => _exchanges;

    public IReadOnlyList<Note> Notes => _notes;

    /// <summary>The case being run, so a driver can name the requirement that blocked an API.</summary>
    public Features.ScenarioCase? Case { get; set; }

    /// <summary>How many removable nodes the scenario's accepted removals took.</summary>
    public int NodesConsumed { get; private set; }

    public void Consumed(int count = 1) => NodesConsumed += count;

    /// <summary>What the harness did to the target's fixtures (a node restored, and how): kept for the report, never judged.</summary>
    public IReadOnlyList<string> FixtureLog => _fixtureLog;

    private readonly List<string> _fixtureLog = [];

    public void Fixture(string text) => _fixtureLog.Add(text);

    public void Record(HttpExchange exchange) => _exchanges.Add(exchange);

    /// <summary>Reports a point the harness must not fail a target on (unconfirmed behaviour, a document error).</summary>
    public void Note(string id, string text) => _notes.Add(new Note(id, text));
}

/// <summary>An observation for the certificate that is not a verdict.</summary>
public sealed record Note(string Id, string Text);
