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
            return ProtocolResult<DecryptedHeader>.Fail(ProtocolFailure.HeaderDecryptFailed);
        }

        var plain = RsaChunkCipher.TryDecrypt(_privateKey, cipher);
        var parsed = plain is null ? null : HeaderPayloadParser.TryParse(plain);
        return parsed is null
            ? ProtocolResult<DecryptedHeader>.Fail(ProtocolFailure.HeaderDecryptFailed)
            : ProtocolResult<DecryptedHeader>.Ok(parsed);
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
        var failure = header.Uri != requestUri ? ProtocolFailure.UriMismatch
            : !long.TryParse(header.Ts, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expiry) ? ProtocolFailure.TimestampInvalid
            : now.ToUnixTimeSeconds() > expiry ? ProtocolFailure.Expired
            : !passwordAccepted(header.Auth) ? ProtocolFailure.IncorrectPassword
            : ProtocolFailure.None;
        return failure == ProtocolFailure.None ? decrypted : ProtocolResult<DecryptedHeader>.Fail(failure);
    }

    /// <summary>Decrypts a body with the header's key||iv; a short key||iv is refused before AES runs.</summary>
    public static ProtocolResult<byte[]> DecryptBody(string base64Body, DecryptedHeader header) =>
        AesKeyMaterial.TrySplit(header.Keys, out var keys)
            ? AesBodyCipher.Decrypt(base64Body, keys)
            : ProtocolResult<byte[]>.Fail(ProtocolFailure.KeyAndIvInvalid);
}
