using System.Text;
using WireMock;

namespace Conformance.Obshell.Stub;

/// <summary>The parts of a WireMock request the stub reads, copied once so handlers stay WireMock-free.</summary>
internal sealed record StubRequest(
    string Method,
    string Path,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    public string BodyText => Encoding.UTF8.GetString(Body);

    public static StubRequest From(IRequestMessage message)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in message.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
        {
            headers[name] = values?.FirstOrDefault() ?? "";
        }

        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in message.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
        {
            query[name] = values?.FirstOrDefault() ?? "";
        }

        var rawQuery = message.RawQuery?.TrimStart('?');
        var pathAndQuery = string.IsNullOrEmpty(rawQuery) ? message.Path : $"{message.Path}?{rawQuery}";
        // Raw bytes, never WireMock's JSON detection: the body is base64 text that may even look like a JSON number.
        var body = message.BodyData?.BodyAsBytes
            ?? (message.BodyData?.BodyAsString is { } s ? Encoding.UTF8.GetBytes(s) : []);
        return new StubRequest(message.Method, message.Path, pathAndQuery, query, headers, body);
    }
}
