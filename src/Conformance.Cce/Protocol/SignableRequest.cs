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
    /// <remarks>Plain loops: a verification looks headers up a dozen times per request.</remarks>
    public IReadOnlyList<string> HeaderValues(string name)
    {
        List<string>? values = null;
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                (values ??= []).Add(value);
            }
        }

        return values ?? (IReadOnlyList<string>)[];
    }

    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public SignableRequest WithHeader(string name, string value) =>
        this with
        {
            Headers = Headers.Where(h => !string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
                .Append(new KeyValuePair<string, string>(name, value)).ToList(),
        };
}
