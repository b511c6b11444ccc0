using System.Text.Json.Nodes;
using Conformance.Engine.Checks;
using Conformance.Engine.Fixtures;
using Conformance.Engine.Http;
using Conformance.Engine.Running;

namespace Conformance.Cce.Drivers;

/// <summary>Polls GET .../jobs/{job_id} until Success or Failed, checking every answer against job.schema.json.</summary>
public sealed class JobFollower(RunContext run, Func<string, Task<HttpResult>> showJob)
{
    public async Task<JobOutcome> FollowAsync(string jobId, JobPolling polling)
    {
        var started = run.Time.GetUtcNow();
        var delays = new PollDelays(polling.IntervalMs);
        for (var poll = 1; ; poll++)
        {
            var result = await showJob(jobId);
            Expect.Status(result, 200, $"GET job {jobId} (poll {poll})");
            run.Schemas.AssertValid("cce/job.schema.json", result.Text, $"the job {jobId}");
            var phase = Expect.String(result, "status.phase", $"job {jobId}");
            var reason = (result.Json?["status"]?["reason"] as JsonValue)?.ToString();
            var waited = run.Time.GetUtcNow() - started;
            var delay = delays.Next();
            if (phase is "Success" or "Failed" || PollDelays.GiveUp(waited, polling.MaxWait, delay, poll))
            {
                return new JobOutcome(jobId, phase, reason, poll, waited);
            }

            await Task.Delay(delay, run.Time, run.Cancellation);
        }
    }
}
