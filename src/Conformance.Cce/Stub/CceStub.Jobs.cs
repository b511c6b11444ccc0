using System.Text.Json.Nodes;
using WireMock;

namespace Conformance.Cce.Stub;

/// <content>GET .../jobs/{job_id}: each poll moves the job one step towards Success.</content>
public sealed partial class CceStub
{
    internal IResponseMessage HandleShowJob(IRequestMessage request)
    {
        var requestId = StubResponses.NewRequestId();
        if (gateway.Authenticate(request, requestId) is { } denied)
        {
            return denied;
        }

        var segments = WireMockRequest.Segments(request);
        var (projectId, jobId) = (segments[3], segments[5]);
        JsonObject body;
        lock (state.Sync)
        {
            if (projectId != Fixtures.ProjectId || !state.Jobs.TryGetValue(jobId, out var job) || job.ProjectId != projectId)
            {
                return StubResponses.NotFound($"job {jobId} not found in project {projectId}", requestId);
            }

            state.Poll(job, options.PollsPerPhase, options.Time.GetUtcNow());
            body = job.ToJson(Fixtures.ClusterId, Fixtures.ClusterName);
        }

        return StubResponses.Json(200, body, requestId);
    }
}
