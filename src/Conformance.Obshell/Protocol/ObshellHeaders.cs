namespace Conformance.Obshell.Protocol;

/// <summary>Header names obshell reads and writes.</summary>
public static class ObshellHeaders
{
    /// <summary>Carries the agent password.</summary>
    public const string Agent = "X-OCS-Agent-Header";

    /// <summary>Carries the root@sys password (what the Python SDK sends).</summary>
    public const string Root = "X-OCS-Header";

    /// <summary>Echoed back as the envelope's traceId.</summary>
    public const string TraceId = "X-OBSHELL-Trace-ID";
}
