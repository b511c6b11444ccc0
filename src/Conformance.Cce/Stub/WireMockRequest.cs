using System.Text;
using Conformance.Cce.Protocol;
using WireMock;

namespace Conformance.Cce.Stub;

/// <summary>Reads what the stub needs from a WireMock request: raw body bytes, headers, path segments.</summary>
internal static class WireMockRequest
{
    /// <summary>The raw bytes, never a re-serialisation: the signature covers exactly what was sent.</summary>
    public static byte[] Body(IRequestMessage request) =>
        request.BodyAsBytes
        ?? request.BodyData?.BodyAsBytes
        ?? (request.Body is { } text ? Encoding.UTF8.GetBytes(text) : []);

    public static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
            .Value?.FirstOrDefault();

    public static SignableRequest ToSignable(IRequestMessage request)
    {
        var headers = (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)))
            .ToList();
        var url = new Uri(request.Url);
        var query = request.RawQuery ?? url.Query;
        return new SignableRequest(request.Method, url.AbsolutePath, query.TrimStart('?'), headers, Body(request));
    }

    /// <summary>Decoded path segments, so ids compare as the client meant them.</summary>
    public static string[] Segments(IRequestMessage request) =>
        new Uri(request.Url).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString).ToArray();
}
