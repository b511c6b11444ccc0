using System.Security.Cryptography;

namespace Conformance.Obshell.Protocol;

/// <summary>The AES-128 key and CBC iv a client sends, base64-joined, in the header's <c>keys</c> field.</summary>
public sealed record AesKeyMaterial(byte[] Key, byte[] Iv)
{
    public const int KeySize = 16;
    public const int IvSize = 16;

    /// <summary>Fresh random key and iv, as the SDKs make per request.</summary>
    public static AesKeyMaterial CreateRandom() =>
        new(RandomNumberGenerator.GetBytes(KeySize), RandomNumberGenerator.GetBytes(IvSize));

    /// <summary>key||iv, the byte string the header carries in base64.</summary>
    public byte[] Concatenated() => [.. Key, .. Iv];

    public string ToBase64() => Convert.ToBase64String(Concatenated());

    /// <summary>Splits key||iv the way the server does; fewer than 32 bytes is the server's KeyAndIv.Invalid.</summary>
    public static bool TrySplit(byte[] keys, out AesKeyMaterial material)
    {
        if (keys.Length < KeySize + IvSize)
        {
            material = new AesKeyMaterial([], []);
            return false;
        }

        // Extra trailing bytes are ignored rather than refused: the iv is the 16 bytes after the key.
        material = new AesKeyMaterial(keys[..KeySize], keys[KeySize..(KeySize + IvSize)]);
        return true;
    }
}
