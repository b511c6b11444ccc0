using System.Text.Json.Nodes;
using Conformance.Engine.Http;
using Conformance.Engine.Running;
using Conformance.Engine.Checks;

namespace Conformance.Cce.Drivers;

/// <summary>Polls GET .../jobs/{job_id} until Success or Failed, checking every answer against job.schema.json.</summary>
public sealed class JobFollower(RunContext run, Func<string, Task<HttpResult>> showJob)
{
    public async Task<JobOutcome> FollowAsync(string jobId, JobPolling polling)
    {
        var started = run.Time.GetUtcNow();
        var phase = "(none)";
        string? reason = null;
        for (var poll = 1; poll <= polling.MaxPolls; poll++)
        {
            var result = await showJob(jobId);
            Expect.Status(result, 200, $"GET job {jobId} (poll {poll})");
            run.Schemas.AssertValid("cce/job.schema.json", result.Text, $"the job {jobId}");
            phase = Expect.String(result, "status.phase", $"job {jobId}");
            reason = (result.Json?["status"]?["reason"] as JsonValue)?.ToString();
            var waited = run.Time.GetUtcNow() - started;
            if (phase is "Success" or "Failed")
            {
                return new JobOutcome(jobId, phase, reason, poll, waited);
            }

            if (waited >= polling.MaxWait)
            {
                return new JobOutcome(jobId, phase, reason, poll, waited);
            }

            if (polling.Interval > TimeSpan.Zero)
            {
                await Task.Delay(polling.Interval, run.Time, run.Cancellation);
            }
        }

        return new JobOutcome(jobId, phase, reason, polling.MaxPolls, run.Time.GetUtcNow() - started);
    }
}
