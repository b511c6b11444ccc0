using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using WireMock;
using WireMock.Models.Mime;
using WireMock.Types;
using WireMock.Util;

namespace Conformance.Stub.ApiLane;

/// <summary>An ASP.NET Core request as the WireMock request the stub handlers read, built as WireMock.Net builds its own.</summary>
/// <remarks>
/// WireMock.Net builds its own request from the encoded URL; so does this, so escapes (an id holding an encoded '/')
/// reach the handlers exactly as through a WireMock mapping (a test holds the two to each other). The body is the raw
/// bytes: the stub's settings turn WireMock's JSON parsing and decompression off, and every method may carry one.
/// Valid while the request is being answered: the few members read lazily read the live ASP.NET Core request.
/// </remarks>
internal sealed class LaneRequest : IRequestMessage
{
    private readonly Uri _url;
    private readonly HttpRequest _request;
    private string[]? _segments;
    private IDictionary<string, WireMockList<string>>? _query;
    private IDictionary<string, WireMockList<string>>? _queryIgnoreCase;
    private IDictionary<string, string>? _cookies;
    private bool _cookiesRead;

    public LaneRequest(HttpRequest request, byte[] body, DateTime receivedAt)
    {
        // Mirrors WireMock.Net's request mapper and RequestMessage: the same URL, path decoding and header table.
        _request = request;
        _url = new Uri(request.GetEncodedUrl());
        Url = AbsoluteUrl = _url.ToString();
        Path = AbsolutePath = WebUtility.UrlDecode(_url.AbsolutePath);
        RawQuery = _url.Query;
        Method = request.Method;
        DateTime = receivedAt;
        if (request.Headers.Count > 0)
        {
            Headers = new Dictionary<string, WireMockList<string>>();
            foreach (var (name, values) in request.Headers)
            {
                // Built for every request, so without LINQ: most headers carry one value.
                Headers[name] = values.Count == 1 ? new WireMockList<string>(values[0] ?? string.Empty) : new WireMockList<string>(AllOf(values));
            }
        }

        HttpVersion = request.Protocol;
        BodyData = new BodyData { BodyAsBytes = body, DetectedBodyType = BodyType.Bytes };
    }

    public string ClientIP =>
        _request.HttpContext.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : string.Empty;

    public string Url { get; }

    public string AbsoluteUrl { get; }

    public string? ProxyUrl { get; set; }

    public DateTime DateTime { get; set; }

    public string Path { get; }

    public string AbsolutePath { get; }

    // What few handlers read is worked out when read: this request exists for every call of the API.
    public string[] PathSegments => _segments ??= Path.Split('/').Skip(1).ToArray();

    public string[] AbsolutePathSegments => PathSegments;

    public string Method { get; }

    public string HttpVersion { get; }

    public IDictionary<string, WireMockList<string>>? Headers { get; }

    public IDictionary<string, string>? Cookies
    {
        get
        {
            if (!_cookiesRead)
            {
                _cookies = _request.Cookies.Count > 0 ? _request.Cookies.ToDictionary(c => c.Key, c => c.Value) : null;
                _cookiesRead = true;
            }

            return _cookies;
        }
    }

    public IDictionary<string, WireMockList<string>>? Query => _query ??= ParseQuery(RawQuery);

    public IDictionary<string, WireMockList<string>>? QueryIgnoreCase =>
        _queryIgnoreCase ??= new Dictionary<string, WireMockList<string>>(Query!, StringComparer.OrdinalIgnoreCase);

    public string RawQuery { get; }

    public IBodyData? BodyData { get; }

    /// <summary>The body as text, for a handler that asks (none of the API handlers does: they sign and decrypt bytes).</summary>
    public string? Body => BodyAsBytes is { Length: > 0 } bytes ? Encoding.UTF8.GetString(bytes) : null;

    public object? BodyAsJson { get; set; }

    public byte[]? BodyAsBytes => BodyData?.BodyAsBytes;

    public IMimeMessageData? BodyAsMimeMessage => null;

    public string? DetectedBodyType => BodyData?.DetectedBodyType?.ToString();

    public string? DetectedBodyTypeFromContentType => null;

    public string? DetectedCompression => null;

    public string Host => _url.Host;

    public string Protocol => _url.Scheme;

    public int Port => _url.Port;

    public string Origin => $"{_url.Scheme}://{_url.Host}:{_url.Port}";

    public X509Certificate2? ClientCertificate => null;

    public WireMockList<string>? GetParameter(string key, bool ignoreCase = false) =>
        (ignoreCase ? QueryIgnoreCase : Query) is { } query && query.TryGetValue(key, out var values) ? values : null;

    private static string[] AllOf(Microsoft.Extensions.Primitives.StringValues values)
    {
        var all = new string[values.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = values[i] ?? string.Empty;
        }

        return all;
    }

    private static Dictionary<string, WireMockList<string>> ParseQuery(string query)
    {
        var parsed = new Dictionary<string, WireMockList<string>>();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = WebUtility.UrlDecode(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : WebUtility.UrlDecode(pair[(eq + 1)..]);
            if (parsed.TryGetValue(name, out var values))
            {
                values.Add(value);
            }
            else
            {
                parsed[name] = new WireMockList<string>(value);
            }
        }

        return parsed;
    }
}
