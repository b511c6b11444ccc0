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

    /// <summary>200 application/json whose body holds NUL and other C0 control bytes.</summary>
    NulBytes,

    /// <summary>200 application/json whose body is not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>200 application/json, valid JSON whose strings escape lone surrogates (\ud800).</summary>
    LoneSurrogates,

    /// <summary>200 application/json whose body is markup and script, and a response header holding a script too.</summary>
    Script,

    /// <summary>200 application/json with a 6 MB body of controls and markup: under the default cap, so the harness reads it all.</summary>
    Megabytes,

    /// <summary>200 application/json, not JSON: 599 ASCII characters then an emoji, so a 600-character excerpt ends inside its surrogate pair.</summary>
    SplitPair,
}
