namespace Conformance.Cce.Protocol;

/// <summary>The parts of an HTTP request that SDK-HMAC-SHA256 signs, as a client sends it or a server receives it.</summary>
/// <param name="Path">The path as on the wire; percent-escapes are decoded before canonical re-encoding.</param>
/// <param name="Query">The raw query without the leading '?', or empty.</param>
public sealed record SignableRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body)
{
    public static SignableRequest FromUri(
        string method, Uri url, IEnumerable<KeyValuePair<string, string>> headers, byte[]? body = null) =>
        new(method, url.AbsolutePath, url.Query.TrimStart('?'), headers.ToList(), body ?? []);

    /// <summary>All values of a header, matched case-insensitively as HTTP requires.</summary>
    public IReadOnlyList<string> HeaderValues(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();

    public string? Header(string name) => HeaderValues(name) is { Count: > 0 } v ? v[0] : null;

    public SignableRequest WithHeader(string name, string value) =>
        this with
        {
            Headers = Headers.Where(h => !string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
                .Append(new KeyValuePair<string, string>(name, value)).ToList(),
        };
}
