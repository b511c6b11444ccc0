using System.Security.Cryptography;

namespace Conformance.Cce.Protocol;

/// <summary>Steps 1-21 of Drepper's SHA-512 crypt: the digest before the crypt base64 encoding.</summary>
internal static class Sha512CryptCore
{
    public static byte[] Compute(byte[] p, byte[] s, int rounds)
    {
        var b = SHA512.HashData([.. p, .. s, .. p]);

        var a = new List<byte>(p.Length * 3 + s.Length);
        a.AddRange(p);
        a.AddRange(s);
        int cnt;
        for (cnt = p.Length; cnt > 64; cnt -= 64)
        {
            a.AddRange(b);
        }

        a.AddRange(b.AsSpan(0, cnt));
        for (cnt = p.Length; cnt > 0; cnt >>= 1)
        {
            a.AddRange((cnt & 1) != 0 ? b : p);
        }

        var digest = SHA512.HashData(a.ToArray());

        var pSeq = Sequence(SHA512.HashData(Repeat(p, p.Length)), p.Length);
        var sSeq = Sequence(SHA512.HashData(Repeat(s, 16 + digest[0])), s.Length);

        // 5000 rounds of short inputs: hashed in managed code into one reused buffer (see ManagedSha512 for why).
        var buffer = new byte[64 + pSeq.Length * 2 + sSeq.Length + 64];
        Span<byte> round = stackalloc byte[SHA512.HashSizeInBytes];
        digest.CopyTo(round);
        for (var i = 0; i < rounds; i++)
        {
            var len = 0;
            Append(buffer, ref len, (i & 1) != 0 ? pSeq : round);
            if (i % 3 != 0)
            {
                Append(buffer, ref len, sSeq);
            }

            if (i % 7 != 0)
            {
                Append(buffer, ref len, pSeq);
            }

            Append(buffer, ref len, (i & 1) != 0 ? round : pSeq);
            ManagedSha512.Hash(buffer.AsSpan(0, len), round);
        }

        digest = round.ToArray();
        return digest;
    }

    private static byte[] Repeat(byte[] value, int times)
    {
        var result = new byte[value.Length * times];
        for (var i = 0; i < times; i++)
        {
            value.CopyTo(result, i * value.Length);
        }

        return result;
    }

    private static byte[] Sequence(byte[] digest, int length)
    {
        var result = new byte[length];
        for (var i = 0; i < length; i++)
        {
            result[i] = digest[i % digest.Length];
        }

        return result;
    }

    private static void Append(byte[] buffer, ref int length, ReadOnlySpan<byte> data)
    {
        data.CopyTo(buffer.AsSpan(length));
        length += data.Length;
    }
}
