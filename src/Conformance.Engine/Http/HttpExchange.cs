namespace Conformance.Engine.Http;

/// <summary>One request and its answer, already masked, as reports show it.</summary>
public sealed record HttpExchange(
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    string? RequestBody,
    int Status,
    IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders,
    string ResponseBody,
    TimeSpan Elapsed);
