using System.Security.Cryptography;

namespace Conformance.Obshell.Protocol;

/// <summary>The request body framing: base64(AES-128-CBC(PKCS#7(json))).</summary>
public static class AesBodyCipher
{
    public static string Encrypt(ReadOnlySpan<byte> plaintext, AesKeyMaterial keys)
    {
        using var aes = Aes.Create();
        aes.Key = keys.Key;
        return Convert.ToBase64String(aes.EncryptCbc(plaintext, keys.Iv, PaddingMode.PKCS7));
    }

    public static ProtocolResult<byte[]> Decrypt(string base64Body, AesKeyMaterial keys)
    {
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(base64Body.Trim());
        }
        catch (FormatException)
        {
            return ProtocolResult<byte[]>.Fail(ProtocolFailure.BodyContentLengthInvalid, "body decrypt: the body is not base64");
        }

        if (cipher.Length == 0 || cipher.Length % 16 != 0)
        {
            return ProtocolResult<byte[]>.Fail(ProtocolFailure.BodyContentLengthInvalid,
                $"body decrypt: {cipher.Length} bytes after base64 is not a whole number of 16-byte AES blocks");
        }

        using var aes = Aes.Create();
        aes.Key = keys.Key;
        try
        {
            return ProtocolResult<byte[]>.Ok(aes.DecryptCbc(cipher, keys.Iv, PaddingMode.PKCS7));
        }
        catch (CryptographicException)
        {
            return ProtocolResult<byte[]>.Fail(ProtocolFailure.BodyDecryptFailed,
                "body decrypt: AES-128-CBC with the header's key and iv ends in bad PKCS#7 padding (another key or iv, or a changed body)");
        }
    }
}
