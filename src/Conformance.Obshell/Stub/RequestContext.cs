using System.Globalization;

namespace Conformance.Obshell.Stub;

/// <summary>Per-request bookkeeping for the envelope: start timestamp and trace id.</summary>
internal sealed class RequestContext(long startedAt, string traceId, string method, string path)
{
    public long StartedAt { get; } = startedAt;

    public string Method { get; } = method;

    public string Path { get; } = path;

    /// <summary>Which check refused the request, when the error's own message says less; for the stub's diagnostics only.</summary>
    public string? Why { get; set; }

    /// <summary>Blanked when the header cannot be decrypted, as the real server does.</summary>
    public string TraceId { get; set; } = traceId;

    public static RequestContext Start(StubRequest request, TimeProvider time) =>
        new(time.GetTimestamp(), request.Header(Protocol.ObshellHeaders.TraceId) ?? NewTraceId(), request.Method, request.Path);

    // An id, not a secret: the cheap generator serves (the crypto one cost more than the rest of the context).
    private static string NewTraceId() => Random.Shared.NextInt64().ToString("x16", CultureInfo.InvariantCulture);
}
