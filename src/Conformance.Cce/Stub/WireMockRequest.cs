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
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
        {
            foreach (var value in values)
            {
                headers.Add(new(name, value));
            }
        }

        // The canonical URI decodes and re-encodes every segment, so the raw path signs as the parsed one did.
        var query = request.RawQuery ?? new Uri(request.Url).Query;
        return new SignableRequest(request.Method, RawPath(request.Url), query.TrimStart('?'), headers, Body(request));
    }

    /// <summary>Decoded path segments, so ids compare as the client meant them (an encoded '/' stays inside its segment).</summary>
    public static string[] Segments(IRequestMessage request)
    {
        var segments = RawPath(request.Url).Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.UnescapeDataString(segments[i]);
        }

        return segments;
    }

    /// <summary>
    /// The still-escaped path of WireMock's request URL, which WireMock built from a parsed <see cref="Uri"/> (so dot
    /// segments are already resolved); cut out by hand because parsing it again cost a fifth of a remove request.
    /// </summary>
    internal static string RawPath(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var start = url.IndexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (start < 0)
        {
            return "/";
        }

        var end = url.IndexOfAny(['?', '#'], start);
        return end < 0 ? url[start..] : url[start..end];
    }
}
