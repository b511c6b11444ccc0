namespace Conformance.Engine.Tests.Hostile;

/// <summary>The one way a <see cref="FaultServer"/> answers every request.</summary>
public enum FaultMode
{
    /// <summary>A well-behaved 200 with a JSON body: the control case.</summary>
    Json,

    NeverAnswer,

    /// <summary>A slowloris answer: one byte per second.</summary>
    OneBytePerSecond,

    /// <summary>Headers and part of the body, then a TCP reset.</summary>
    ResetMidResponse,

    NotJson,

    HtmlError,

    /// <summary>A 60 MB chunked body, so the client cannot refuse it from a declared length.</summary>
    Huge,
}
