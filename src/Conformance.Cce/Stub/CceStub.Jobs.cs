using WireMock;

namespace Conformance.Cce.Stub;

/// <content>GET .../jobs/{job_id}: each poll moves the job one step towards Success (or, timed, to the phase its age calls for).</content>
public sealed partial class CceStub
{
    internal IResponseMessage HandleShowJob(IRequestMessage request, RefusalNote note)
    {
        var requestId = StubResponses.NewRequestId();
        if (gateway.Authenticate(request, requestId, note) is { } denied)
        {
            return denied;
        }

        var segments = WireMockRequest.Segments(request);
        var (projectId, jobId) = (segments[3], segments[5]);
        StubJob? job;
        JobProgress progress;
        lock (state.Sync)
        {
            if (projectId != Fixtures.ProjectId || !state.Jobs.TryGetValue(jobId, out job) || job.ProjectId != projectId)
            {
                return StubResponses.NotFound($"job {jobId} not found in project {projectId}", requestId);
            }

            state.Poll(job, options.PollsPerPhase, options.Time.GetUtcNow());
            progress = job.Progress;
        }

        // Written outside the lock: a 200-node document takes a while, and the other clients' polls need the lock.
        return StubResponses.Json(200, job.ToJson(progress, Fixtures.ClusterId, Fixtures.ClusterName), requestId);
    }
}
