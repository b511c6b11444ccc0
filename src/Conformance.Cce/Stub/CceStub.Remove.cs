using System.Text.Json.Nodes;
using WireMock;

namespace Conformance.Cce.Stub;

/// <content>PUT .../nodes/operation/remove: gateway, content type, cluster, body, then node lookup under the lock.</content>
public sealed partial class CceStub
{
    internal IResponseMessage HandleRemove(IRequestMessage request)
    {
        var requestId = StubResponses.NewRequestId();
        if (gateway.Authenticate(request, requestId) is { } denied)
        {
            return denied;
        }

        var contentType = WireMockRequest.Header(request, "Content-Type");
        if (!ContentTypeRule.IsAccepted(contentType))
        {
            return StubResponses.CceError(400, CceErrorCodes.UnsupportedContentType, "Content type not supported.",
                $"Content-Type '{contentType}' is not supported", requestId);
        }

        var segments = WireMockRequest.Segments(request);
        var (projectId, clusterId) = (segments[3], segments[5]);
        if (projectId != Fixtures.ProjectId || clusterId != Fixtures.ClusterId)
        {
            return StubResponses.NotFound($"cluster {clusterId} not found in project {projectId}", requestId);
        }

        var removal = RemoveNodesRequest.Parse(WireMockRequest.Body(request), options.PasswordMask, out var error);
        if (removal is null)
        {
            return StubResponses.InvalidRequest(error, requestId);
        }

        string jobId;
        lock (state.Sync)
        {
            if (removal.Uids.FirstOrDefault(u => !state.Nodes.Contains(u)) is { } unknown)
            {
                return StubResponses.NotFound($"node {unknown} not found in cluster {clusterId}", requestId);
            }

            if (removal.Uids.FirstOrDefault(state.Removing.ContainsKey) is { } busy)
            {
                return StubResponses.CceError(429, CceErrorCodes.Locked, "Resource locked by other requests.",
                    $"node {busy} is being removed by job {state.Removing[busy]}", requestId);
            }

            jobId = Guid.NewGuid().ToString();
            state.Jobs[jobId] = new StubJob(jobId, projectId, removal.Uids, options.Time.GetUtcNow());
            foreach (var uid in removal.Uids)
            {
                state.Removing[uid] = jobId;
            }
        }

        return StubResponses.Json(200, new JsonObject
        {
            ["apiVersion"] = "v3",
            ["kind"] = "RemoveNodesTask",
            ["spec"] = removal.MaskedSpec,
            ["status"] = new JsonObject { ["jobID"] = jobId },
        }, requestId);
    }
}
