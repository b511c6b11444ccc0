using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Conformance.Cce.Protocol;

/// <summary>The SDK-HMAC-SHA256 computation itself: canonical request, string to sign and signature.</summary>
/// <remarks>The stub verifies every request with it, so it builds each string once and hashes without copies.</remarks>
public static class SdkSignature
{
    public const string Algorithm = "SDK-HMAC-SHA256";
    public const string DateHeader = "X-Sdk-Date";
    public const string ContentSha256Header = "X-Sdk-Content-Sha256";
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    private const int HexLength = 64;

    /// <summary>This thread's HMAC for the last key it used: a one-shot HMAC costs twice as much (it sets up a new context).</summary>
    [ThreadStatic]
    private static KeyedHmac? lastHmac;

    /// <summary>Header names as they appear in SignedHeaders: lower case, distinct, ordinal order.</summary>
    public static IReadOnlyList<string> NormalizeSignedHeaders(IEnumerable<string> names) =>
        names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).Distinct()
            .OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>Method, URI, query, one line per signed header value, the header list and the body hash, joined by '\n'.</summary>
    public static string CanonicalRequest(SignableRequest request, IReadOnlyList<string> signedHeaders)
    {
        var bodyHash = request.Header(ContentSha256Header) is { } declared
            && string.Equals(declared.Trim(), UnsignedPayload, StringComparison.Ordinal)
                ? UnsignedPayload
                : HexSha256(request.Body);

        var text = new StringBuilder(256 + request.Path.Length);
        text.Append(request.Method.ToUpperInvariant()).Append('\n')
            .Append(SigningEncoding.CanonicalUri(request.Path)).Append('\n')
            .Append(SigningEncoding.CanonicalQuery(request.Query)).Append('\n');
        foreach (var name in signedHeaders)
        {
            // Repeated header lines are signed one per line, values sorted, as the Go SDK does.
            var values = request.HeaderValues(name);
            IReadOnlyList<string> ordered = values.Count == 1 ? values : [.. values.Select(v => v.Trim()).Order(StringComparer.Ordinal)];
            foreach (var value in ordered)
            {
                text.Append(name).Append(':').Append(value.AsSpan().Trim()).Append('\n');
            }
        }

        text.Append('\n');
        for (var i = 0; i < signedHeaders.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ";").Append(signedHeaders[i]);
        }

        return text.Append('\n').Append(bodyHash).ToString();
    }

    public static string StringToSign(string canonicalRequest, string sdkDate)
    {
        Span<char> hash = stackalloc char[HexLength];
        Digest(null, canonicalRequest, hash);
        return string.Concat(Algorithm + "\n", sdkDate, "\n", hash);
    }

    public static string Sign(string secretKey, string stringToSign)
    {
        Span<char> hex = stackalloc char[HexLength];
        Digest(secretKey, stringToSign, hex);
        return new string(hex);
    }

    /// <summary>Whether <paramref name="signature"/> is the signature of <paramref name="stringToSign"/>, compared in fixed time.</summary>
    public static bool SignatureMatches(string secretKey, string stringToSign, string signature)
    {
        Span<char> hex = stackalloc char[HexLength];
        Digest(secretKey, stringToSign, hex);
        return signature.Length == HexLength
            && CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes<char>(hex), MemoryMarshal.AsBytes(signature.AsSpan()));
    }

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>Lower-case hex of HMAC-SHA256(key, text), or of SHA-256(text) when there is no key; UTF-8 on the stack.</summary>
    private static void Digest(string? key, string text, Span<char> hex)
    {
        var max = Encoding.UTF8.GetMaxByteCount((key?.Length ?? 0) + text.Length);
        byte[]? rented = null;
        var buffer = max <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(max));
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        try
        {
            var keyLength = key is null ? 0 : Encoding.UTF8.GetBytes(key, buffer);
            var textLength = Encoding.UTF8.GetBytes(text, buffer[keyLength..]);
            var data = buffer.Slice(keyLength, textLength);
            if (key is null)
            {
                SHA256.HashData(data, digest);
            }
            else
            {
                if (lastHmac is not { } hmac || !string.Equals(hmac.Key, key, StringComparison.Ordinal))
                {
                    lastHmac?.Hash.Dispose();
                    lastHmac = hmac = new KeyedHmac(key, IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, buffer[..keyLength]));
                }

                hmac.Hash.AppendData(data);
                hmac.Hash.GetHashAndReset(digest);
            }

            Convert.TryToHexStringLower(digest, hex, out _);
        }
        finally
        {
            // The secret key passed through this buffer.
            buffer.Clear();
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <remarks>Not a record: a record's ToString would print the secret key.</remarks>
    private sealed class KeyedHmac(string key, IncrementalHash hash)
    {
        public string Key { get; } = key;

        public IncrementalHash Hash { get; } = hash;
    }
}
