using System.Text.Json.Nodes;
using WireMock;

namespace Conformance.Cce.Stub;

/// <content>PUT .../nodes/operation/remove: gateway, content type, cluster, body, then node lookup under the lock.</content>
public sealed partial class CceStub
{
    internal IResponseMessage HandleRemove(IRequestMessage request, RefusalNote note)
    {
        var requestId = StubResponses.NewRequestId();
        var validateFirst = Deviates(CceDeviations.ValidationBeforeAuth);
        if (!validateFirst && gateway.Authenticate(request, requestId, note) is { } denied)
        {
            return denied;
        }

        var refused = Validate(request, requestId, out var removal);
        if (refused is not null)
        {
            return refused;
        }

        if (validateFirst && gateway.Authenticate(request, requestId, note) is { } deniedLate)
        {
            return deniedLate;
        }

        var projectId = WireMockRequest.Segments(request)[3];
        string jobId;
        lock (state.Sync)
        {
            state.CatchUp(options.Time.GetUtcNow());
            var uids = Deviates(CceDeviations.UnknownNodeAccepted) ? removal!.Uids.Where(state.Nodes.Contains).ToList() : removal!.Uids;
            if (uids.FirstOrDefault(u => !state.Nodes.Contains(u)) is { } unknown)
            {
                return StubResponses.NotFound($"node {unknown} not found in cluster {Fixtures.ClusterId}", requestId);
            }

            if (uids.FirstOrDefault(state.Removing.ContainsKey) is { } busy)
            {
                return StubResponses.CceError(429, CceErrorCodes.Locked, "Resource locked by other requests.",
                    $"node {busy} is being removed by job {state.Removing[busy]}", requestId);
            }

            jobId = Guid.NewGuid().ToString();
            state.Jobs[jobId] = new StubJob(jobId, projectId, uids, options.Time.GetUtcNow());
            foreach (var uid in uids)
            {
                state.Removing[uid] = jobId;
            }
        }

        return StubResponses.Json(200, new JsonObject
        {
            ["apiVersion"] = "v3",
            ["kind"] = "RemoveNodesTask",
            ["spec"] = removal.MaskedSpec(),
            ["status"] = new JsonObject { [Deviates(CceDeviations.JobIdMissing) ? "jobId" : "jobID"] = jobId },
        }, requestId);
    }

    /// <summary>Content type, cluster and body, none of which needs the cluster lock; null when the request is valid.</summary>
    private IResponseMessage? Validate(IRequestMessage request, string requestId, out RemoveNodesRequest? removal)
    {
        removal = null;
        var contentType = WireMockRequest.Header(request, "Content-Type");
        if (!ContentTypeRule.IsAccepted(contentType, options.Deviations))
        {
            return StubResponses.CceError(400, CceErrorCodes.UnsupportedContentType, "Content type not supported.",
                $"Content-Type '{contentType}' is not supported", requestId);
        }

        var segments = WireMockRequest.Segments(request);
        var (projectId, clusterId) = (segments[3], segments[5]);
        if (projectId != Fixtures.ProjectId || (clusterId != Fixtures.ClusterId && !Deviates(CceDeviations.UnknownClusterAccepted)))
        {
            return StubResponses.NotFound($"cluster {clusterId} not found in project {projectId}", requestId);
        }

        removal = RemoveNodesRequest.Parse(WireMockRequest.Body(request), options.PasswordMask, options.Deviations, out var error);
        return removal is null ? StubResponses.InvalidRequest(error, requestId) : null;
    }
}
