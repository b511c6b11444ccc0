using System.Security.Cryptography;
using System.Text;

namespace Conformance.Cce.Protocol;

/// <summary>The SDK-HMAC-SHA256 computation itself: canonical request, string to sign and signature.</summary>
public static class SdkSignature
{
    public const string Algorithm = "SDK-HMAC-SHA256";
    public const string DateHeader = "X-Sdk-Date";
    public const string ContentSha256Header = "X-Sdk-Content-Sha256";
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>Header names as they appear in SignedHeaders: lower case, distinct, ordinal order.</summary>
    public static IReadOnlyList<string> NormalizeSignedHeaders(IEnumerable<string> names) =>
        names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).Distinct()
            .OrderBy(n => n, StringComparer.Ordinal).ToList();

    public static string CanonicalRequest(SignableRequest request, IReadOnlyList<string> signedHeaders)
    {
        var bodyHash = request.Header(ContentSha256Header) is { } declared
            && string.Equals(declared.Trim(), UnsignedPayload, StringComparison.Ordinal)
                ? UnsignedPayload
                : HexSha256(request.Body);

        var headerLines = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            // Repeated header lines are signed one per line, values sorted, as the Go SDK does.
            foreach (var value in request.HeaderValues(name).Select(v => v.Trim()).OrderBy(v => v, StringComparer.Ordinal))
            {
                headerLines.Append(name).Append(':').Append(value).Append('\n');
            }
        }

        return string.Join(
            "\n",
            request.Method.ToUpperInvariant(),
            SigningEncoding.CanonicalUri(request.Path),
            SigningEncoding.CanonicalQuery(request.Query),
            headerLines.ToString(),
            string.Join(";", signedHeaders),
            bodyHash);
    }

    public static string StringToSign(string canonicalRequest, string sdkDate) =>
        $"{Algorithm}\n{sdkDate}\n{HexSha256(Encoding.UTF8.GetBytes(canonicalRequest))}";

    public static string Sign(string secretKey, string stringToSign) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(stringToSign)));

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
