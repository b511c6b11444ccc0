using System.Text;

namespace Conformance.Cce.Protocol;

/// <summary>The crypt(3) base64 alphabet and the SHA-512 crypt byte shuffle, from Drepper's specification.</summary>
internal static class CryptBase64
{
    private const string Alphabet = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly (int B2, int B1, int B0)[] Sha512Order =
    [
        (0, 21, 42), (22, 43, 1), (44, 2, 23), (3, 24, 45), (25, 46, 4), (47, 5, 26), (6, 27, 48),
        (28, 49, 7), (50, 8, 29), (9, 30, 51), (31, 52, 10), (53, 11, 32), (12, 33, 54), (34, 55, 13),
        (56, 14, 35), (15, 36, 57), (37, 58, 16), (59, 17, 38), (18, 39, 60), (40, 61, 19), (62, 20, 41),
    ];

    public static bool IsAlphabet(char c) => Alphabet.Contains(c, StringComparison.Ordinal);

    public static string EncodeSha512(ReadOnlySpan<byte> digest)
    {
        var sb = new StringBuilder(86);
        foreach (var (b2, b1, b0) in Sha512Order)
        {
            Append(sb, digest[b2], digest[b1], digest[b0], 4);
        }

        Append(sb, 0, 0, digest[63], 2);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, byte b2, byte b1, byte b0, int chars)
    {
        var w = (b2 << 16) | (b1 << 8) | b0;
        for (var i = 0; i < chars; i++)
        {
            sb.Append(Alphabet[w & 0x3f]);
            w >>= 6;
        }
    }
}
