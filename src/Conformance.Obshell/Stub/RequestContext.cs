using System.Globalization;

namespace Conformance.Obshell.Stub;

/// <summary>Per-request bookkeeping for the envelope: start timestamp and trace id.</summary>
internal sealed class RequestContext(long startedAt, string traceId)
{
    public long StartedAt { get; } = startedAt;

    /// <summary>Blanked when the header cannot be decrypted, as the real server does.</summary>
    public string TraceId { get; set; } = traceId;

    public static RequestContext Start(StubRequest request, TimeProvider time) =>
        new(time.GetTimestamp(), request.Header(Protocol.ObshellHeaders.TraceId) ?? NewTraceId());

    // An id, not a secret: the cheap generator serves (the crypto one cost more than the rest of the context).
    private static string NewTraceId() => Random.Shared.NextInt64().ToString("x16", CultureInfo.InvariantCulture);
}
