using System.Security.Cryptography;

namespace Conformance.Obshell.Stub;

/// <summary>Per-request bookkeeping for the envelope: start timestamp and trace id.</summary>
internal sealed class RequestContext(long startedAt, string traceId)
{
    public long StartedAt { get; } = startedAt;

    /// <summary>Blanked when the header cannot be decrypted, as the real server does.</summary>
    public string TraceId { get; set; } = traceId;

    public static RequestContext Start(StubRequest request, TimeProvider time) =>
        new(time.GetTimestamp(), request.Header(Protocol.ObshellHeaders.TraceId) ?? NewTraceId());

    private static string NewTraceId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
