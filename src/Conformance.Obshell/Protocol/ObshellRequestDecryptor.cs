using System.Globalization;
using System.Security.Cryptography;

namespace Conformance.Obshell.Protocol;

/// <summary>Server side of obshell's hybrid encryption: decrypts and verifies the header, then the body.</summary>
public sealed class ObshellRequestDecryptor
{
    private readonly RSA _privateKey;

    /// <param name="privateKey">Not owned: the caller disposes it.</param>
    public ObshellRequestDecryptor(RSA privateKey) => _privateKey = privateKey;

    public ProtocolResult<DecryptedHeader> DecryptHeader(string headerValue)
    {
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(headerValue.Trim());
        }
        catch (FormatException)
        {
            return ProtocolResult<DecryptedHeader>.Fail(ProtocolFailure.HeaderDecryptFailed, "RSA unwrap: the header is not base64");
        }

        var block = _privateKey.KeySize / 8;
        if (RsaChunkCipher.TryDecrypt(_privateKey, cipher) is not { } plain)
        {
            return ProtocolResult<DecryptedHeader>.Fail(ProtocolFailure.HeaderDecryptFailed, cipher.Length == 0 || cipher.Length % block != 0
                ? $"RSA unwrap: {cipher.Length} bytes is not a whole number of {block}-byte RSA blocks"
                : $"RSA unwrap: a {block}-byte block does not decrypt with the stub's key (PKCS#1 v1.5, the key GET /api/v1/secret publishes)");
        }

        return HeaderPayloadParser.TryParse(plain, out var error) is { } parsed
            ? ProtocolResult<DecryptedHeader>.Ok(parsed)
            : ProtocolResult<DecryptedHeader>.Fail(ProtocolFailure.HeaderDecryptFailed, error);
    }

    public ProtocolResult<DecryptedHeader> VerifyHeader(string headerValue, string requestUri, DateTimeOffset now, string expectedPassword) =>
        VerifyHeader(headerValue, requestUri, now, pwd => string.Equals(pwd, expectedPassword, StringComparison.Ordinal));

    /// <summary>Checks in the server's order: decrypt, uri, ts (integer, then expiry), password.</summary>
    public ProtocolResult<DecryptedHeader> VerifyHeader(string headerValue, string requestUri, DateTimeOffset now, Func<string, bool> passwordAccepted)
    {
        var decrypted = DecryptHeader(headerValue);
        if (!decrypted.IsSuccess)
        {
            return decrypted;
        }

        var header = decrypted.Value;
        if (header.Uri != requestUri)
        {
            return ProtocolResult<DecryptedHeader>.Fail(ProtocolFailure.UriMismatch,
                header.Uri.Length == 0
                    ? $"header field 'uri': missing or empty, the request's path and query is '{requestUri}'"
                    : $"header field 'uri': '{header.Uri}' is not the request's path and query '{requestUri}'");
        }

        if (!long.TryParse(header.Ts, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expiry))
        {
            return ProtocolResult<DecryptedHeader>.Fail(ProtocolFailure.TimestampInvalid,
                header.Ts.Length == 0
                    ? "header field 'ts': missing or empty, it must be the expiry in unix seconds as a string"
                    : $"header field 'ts': '{header.Ts}' is not an integer of unix seconds");
        }

        var nowSeconds = now.ToUnixTimeSeconds();
        if (nowSeconds > expiry)
        {
            return ProtocolResult<DecryptedHeader>.Fail(ProtocolFailure.Expired,
                string.Create(CultureInfo.InvariantCulture,
                    $"header field 'ts': the header expired at {expiry} ({Utc(expiry)}), {nowSeconds - expiry} s before the stub's now {nowSeconds} ({Utc(nowSeconds)}); ts is the expiry, not the send time"));
        }

        return passwordAccepted(header.Auth)
            ? decrypted
            : ProtocolResult<DecryptedHeader>.Fail(ProtocolFailure.IncorrectPassword,
                $"header field 'auth': the password ({header.Auth.Length} chars) is not the one this header takes");
    }

    private static string Utc(long unixSeconds) =>
        unixSeconds is >= -62135596800 and <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : "out of range";

    /// <summary>Decrypts a body with the header's key||iv; a short key||iv is refused before AES runs.</summary>
    public static ProtocolResult<byte[]> DecryptBody(string base64Body, DecryptedHeader header) =>
        AesKeyMaterial.TrySplit(header.Keys, out var keys)
            ? AesBodyCipher.Decrypt(base64Body, keys)
            : ProtocolResult<byte[]>.Fail(ProtocolFailure.KeyAndIvInvalid,
                $"header field 'keys': key||iv is {header.Keys.Length} bytes, needs {AesKeyMaterial.KeySize} of AES-128 key then {AesKeyMaterial.IvSize} of iv");
}
