using System.Security.Cryptography;

namespace Conformance.Obshell.Protocol;

/// <summary>RSA PKCS#1 v1.5 over fixed-size chunks, the framing obshell uses for its auth header.</summary>
public static class RsaChunkCipher
{
    /// <summary>The SDKs' plaintext chunk: well under the 117-byte PKCS#1 limit of a 1024-bit key.</summary>
    public const int PlainChunkSize = 53;

    public static byte[] Encrypt(RSA publicKey, ReadOnlySpan<byte> plaintext)
    {
        using var output = new MemoryStream();
        for (var offset = 0; offset < plaintext.Length; offset += PlainChunkSize)
        {
            var chunk = plaintext.Slice(offset, Math.Min(PlainChunkSize, plaintext.Length - offset));
            output.Write(publicKey.Encrypt(chunk.ToArray(), RSAEncryptionPadding.Pkcs1));
        }

        return output.ToArray();
    }

    /// <summary>Decrypts back-to-back ciphertext blocks of the key's modulus size; null when any block is refused.</summary>
    public static byte[]? TryDecrypt(RSA privateKey, byte[] ciphertext)
    {
        var block = privateKey.KeySize / 8;
        if (ciphertext.Length == 0 || ciphertext.Length % block != 0)
        {
            return null;
        }

        using var output = new MemoryStream();
        try
        {
            for (var offset = 0; offset < ciphertext.Length; offset += block)
            {
                output.Write(privateKey.Decrypt(ciphertext.AsSpan(offset, block).ToArray(), RSAEncryptionPadding.Pkcs1));
            }
        }
        catch (CryptographicException)
        {
            return null;
        }

        return output.ToArray();
    }
}
