using Conformance.Engine.Checks;
using Conformance.Engine.Fixtures;
using Conformance.Engine.Http;
using Conformance.Engine.Running;

namespace Conformance.Obshell.Drivers;

/// <summary>Polling and operating the DAGs a scenario started, and following each to a terminal state.</summary>
public sealed partial class ObshellDriver
{
    // DAG id -> last state and operator seen; insertion order is creation order.
    private readonly Dictionary<string, (string? State, string? Operator)> _dags = [];

    /// <summary>The DAG the scenario started first ("the DAG").</summary>
    public string Dag => _dags.Keys.FirstOrDefault() ?? throw new InvalidOperationException("no scale-in in this scenario was accepted, so there is no DAG");

    public async Task<HttpResult> PollAsync(string dagId, bool? showDetails = null)
    {
        var query = showDetails is { } d ? $"?show_details={(d ? "true" : "false")}" : string.Empty;
        var answer = await SendAsync(HttpMethod.Get, $"/api/v1/task/dag/{dagId}{query}", null);
        if (answer.Status == 200)
        {
            run.Schemas.AssertValid("obshell/dag-envelope.schema.json", answer.Text, $"GET /api/v1/task/dag/{dagId}");
            var data = answer.Json!["data"]!;
            _dags[dagId] = (data["state"]!.GetValue<string>(), (data["operator"] as System.Text.Json.Nodes.JsonValue)?.ToString());
        }

        return answer;
    }

    /// <summary>
    /// Polls, backing off up to the profile's interval, until SUCCEED or FAILED. A DAG that outlives
    /// obshell.dagTimeoutSeconds fails the scenario and blocks every later wait on an obshell DAG in this run.
    /// </summary>
    public Task<HttpResult> FollowAsync(string dagId) => FollowAsync(dagId, TimeSpan.FromSeconds(Profile.DagTimeoutSeconds), FollowKind.Judged);

    /// <summary>Judged: a step's wait, which may block the API. Cleanup: skipped once blocked, never blocks (no requirement failed). Fixture: neither.</summary>
    private enum FollowKind
    {
        Judged,
        Cleanup,
        Fixture,
    }

    private async Task<HttpResult> FollowAsync(string dagId, TimeSpan bound, FollowKind kind)
    {
        if (kind != FollowKind.Fixture)
        {
            run.Blockers.ThrowIfBlocked("obshell");
        }

        var started = run.Time.GetUtcNow();
        var delays = new PollDelays(Profile.PollIntervalMs);
        for (var polls = 1; ; polls++)
        {
            var answer = await PollAsync(dagId, showDetails: false);
            Expect.That(answer.Status == 200, () => $"polling DAG {dagId}: expected HTTP 200 but got {answer.Status}; body: {Expect.Excerpt(answer.Text)}");
            var state = _dags[dagId].State;
            if (IsTerminal(state))
            {
                return answer;
            }

            var waited = run.Time.GetUtcNow() - started;
            var delay = delays.Next();
            if (PollDelays.GiveUp(waited, bound, delay, polls))
            {
                var why = $"DAG {dagId} was still {state} after {polls} polls and {waited.TotalSeconds:0} s";
                if (kind == FollowKind.Judged)
                {
                    run.Blockers.Block("obshell", log.Case?.RequirementId, why);
                }

                Expect.That(false, () => $"{why}: expected SUCCEED or FAILED within obshell.dagTimeoutSeconds ({bound.TotalSeconds:0} s)");
            }

            await Task.Delay(delay, run.Time, run.Cancellation);
        }
    }

    public Task<HttpResult> OperateAsync(string dagId, string op)
    {
        var body = $$"""{"operator":"{{op}}"}""";
        run.Schemas.AssertValid("obshell/dag-operation-request.schema.json", body, "the harness's own DAG operation body");
        return SendAsync(HttpMethod.Post, $"/api/v1/task/dag/{dagId}", body);
    }

    /// <summary>
    /// Leaves the target idle: follows every DAG not yet seen finished, rolls back a FAILED one when the target allows
    /// operations, gives back unused nodes and restores removed ones. Never throws: a cleanup problem becomes a note.
    /// </summary>
    public async Task CleanUpAsync()
    {
        foreach (var (id, (state, _)) in _dags.ToList())
        {
            try
            {
                var bound = TimeSpan.FromSeconds(Profile.DagTimeoutSeconds);
                if (state == "FAILED" && Profile.DagOperations)
                {
                    await OperateAsync(id, "rollback");
                    await FollowAsync(id, bound, FollowKind.Cleanup);
                }
                else if (!IsTerminal(state))
                {
                    await FollowAsync(id, bound, FollowKind.Cleanup);
                }
            }
            catch (Exception e)
            {
                log.Note("OBS-N06", $"DAG {id} could not be brought to a terminal state after the scenario: {e.Message}");
            }
        }

        if (run.Profile.Obshell is not null)
        {
            await SettleNodesAsync();
        }
    }

    private void TrackDag(string dagId) => _dags.TryAdd(dagId, ("READY", "RUN"));

    private static bool IsTerminal(string? state) => state is "SUCCEED" or "FAILED";
}
