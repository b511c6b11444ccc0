using Conformance.Engine.Http;
using Conformance.Engine.Checks;

namespace Conformance.Obshell.Drivers;

/// <summary>Polling and operating the DAGs a scenario started, and following each to a terminal state.</summary>
public sealed partial class ObshellDriver
{
    /// <summary>Bounds on following a DAG, whatever the profile's poll interval.</summary>
    public const int MaxPolls = 600;

    public static readonly TimeSpan MaxFollow = TimeSpan.FromMinutes(10);

    // DAG id -> last state seen; insertion order is creation order.
    private readonly Dictionary<string, string> _dags = [];

    /// <summary>The DAG the scenario started first ("the DAG").</summary>
    public string Dag => _dags.Keys.FirstOrDefault() ?? throw new InvalidOperationException("no scale-in in this scenario was accepted, so there is no DAG");

    public async Task<HttpResult> PollAsync(string dagId, bool? showDetails = null)
    {
        var query = showDetails is { } d ? $"?show_details={(d ? "true" : "false")}" : string.Empty;
        var answer = await SendAsync(HttpMethod.Get, $"/api/v1/task/dag/{dagId}{query}", null);
        if (answer.Status == 200)
        {
            run.Schemas.AssertValid("obshell/dag-envelope.schema.json", answer.Text, $"GET /api/v1/task/dag/{dagId}");
            _dags[dagId] = answer.Json!["data"]!["state"]!.GetValue<string>();
        }

        return answer;
    }

    /// <summary>Polls at the profile's interval until SUCCEED or FAILED; fails when the DAG outlives the bounds.</summary>
    public async Task<HttpResult> FollowAsync(string dagId)
    {
        var started = run.Time.GetUtcNow();
        for (var polls = 1; ; polls++)
        {
            var answer = await PollAsync(dagId, showDetails: false);
            Expect.That(answer.Status == 200, () => $"polling DAG {dagId}: expected HTTP 200 but got {answer.Status}; body: {Expect.Excerpt(answer.Text)}");
            if (IsTerminal(_dags[dagId]))
            {
                return answer;
            }

            var waited = run.Time.GetUtcNow() - started;
            Expect.That(polls < MaxPolls && waited < MaxFollow, () =>
                $"DAG {dagId} is still {_dags[dagId]} after {polls} polls and {waited.TotalSeconds:0} s: expected SUCCEED or FAILED");
            await Task.Delay(TimeSpan.FromMilliseconds(Profile.PollIntervalMs), run.Time, run.Cancellation);
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
    /// operations, and gives back unused nodes. Never throws: a cleanup problem becomes a note.
    /// </summary>
    public async Task CleanUpAsync()
    {
        foreach (var (id, state) in _dags.ToList())
        {
            try
            {
                if (state == "FAILED" && Profile.DagOperations)
                {
                    await OperateAsync(id, "rollback");
                    await FollowAsync(id);
                }
                else if (!IsTerminal(state))
                {
                    await FollowAsync(id);
                }
            }
            catch (Exception e)
            {
                log.Note("OBS-N06", $"DAG {id} could not be brought to a terminal state after the scenario: {e.Message}");
            }
        }

        ReturnUnusedNodes();
    }

    private void TrackDag(string dagId) => _dags.TryAdd(dagId, "READY");

    private static bool IsTerminal(string state) => state is "SUCCEED" or "FAILED";
}
