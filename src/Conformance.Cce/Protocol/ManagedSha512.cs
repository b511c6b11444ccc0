using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Conformance.Cce.Protocol;

/// <summary>SHA-512 (FIPS 180-4) of a short input, without allocating and without a native call.</summary>
/// <remarks>
/// SHA-512 crypt hashes 5000 inputs of 100-200 bytes per password; through OpenSSL each paid more for the call and
/// the context set-up than for the hashing. Tests hold it to <see cref="System.Security.Cryptography.SHA512"/>.
/// </remarks>
internal static class ManagedSha512
{
    public const int HashSize = 64;
    private const int BlockSize = 128;

    // A span over constant data: no static-field access (and its class-initialised check) inside the round loop.
    private static ReadOnlySpan<ulong> K =>
    [
        0x428a2f98d728ae22UL, 0x7137449123ef65cdUL, 0xb5c0fbcfec4d3b2fUL, 0xe9b5dba58189dbbcUL,
        0x3956c25bf348b538UL, 0x59f111f1b605d019UL, 0x923f82a4af194f9bUL, 0xab1c5ed5da6d8118UL,
        0xd807aa98a3030242UL, 0x12835b0145706fbeUL, 0x243185be4ee4b28cUL, 0x550c7dc3d5ffb4e2UL,
        0x72be5d74f27b896fUL, 0x80deb1fe3b1696b1UL, 0x9bdc06a725c71235UL, 0xc19bf174cf692694UL,
        0xe49b69c19ef14ad2UL, 0xefbe4786384f25e3UL, 0x0fc19dc68b8cd5b5UL, 0x240ca1cc77ac9c65UL,
        0x2de92c6f592b0275UL, 0x4a7484aa6ea6e483UL, 0x5cb0a9dcbd41fbd4UL, 0x76f988da831153b5UL,
        0x983e5152ee66dfabUL, 0xa831c66d2db43210UL, 0xb00327c898fb213fUL, 0xbf597fc7beef0ee4UL,
        0xc6e00bf33da88fc2UL, 0xd5a79147930aa725UL, 0x06ca6351e003826fUL, 0x142929670a0e6e70UL,
        0x27b70a8546d22ffcUL, 0x2e1b21385c26c926UL, 0x4d2c6dfc5ac42aedUL, 0x53380d139d95b3dfUL,
        0x650a73548baf63deUL, 0x766a0abb3c77b2a8UL, 0x81c2c92e47edaee6UL, 0x92722c851482353bUL,
        0xa2bfe8a14cf10364UL, 0xa81a664bbc423001UL, 0xc24b8b70d0f89791UL, 0xc76c51a30654be30UL,
        0xd192e819d6ef5218UL, 0xd69906245565a910UL, 0xf40e35855771202aUL, 0x106aa07032bbd1b8UL,
        0x19a4c116b8d2d0c8UL, 0x1e376c085141ab53UL, 0x2748774cdf8eeb99UL, 0x34b0bcb5e19b48a8UL,
        0x391c0cb3c5c95a63UL, 0x4ed8aa4ae3418acbUL, 0x5b9cca4f7763e373UL, 0x682e6ff3d6b2b8a3UL,
        0x748f82ee5defb2fcUL, 0x78a5636f43172f60UL, 0x84c87814a1f0ab72UL, 0x8cc702081a6439ecUL,
        0x90befffa23631e28UL, 0xa4506cebde82bde9UL, 0xbef9a3f7b2c67915UL, 0xc67178f2e372532bUL,
        0xca273eceea26619cUL, 0xd186b8c721c0c207UL, 0xeada7dd6cde0eb1eUL, 0xf57d4f7fee6ed178UL,
        0x06f067aa72176fbaUL, 0x0a637dc5a2c898a6UL, 0x113f9804bef90daeUL, 0x1b710b35131c471bUL,
        0x28db77f523047d84UL, 0x32caab7b40c72493UL, 0x3c9ebe0a15c9bebcUL, 0x431d67c49c100d4cUL,
        0x4cc5d4becb3e42b6UL, 0x597f299cfc657e2aUL, 0x5fcb6fab3ad6faecUL, 0x6c44198c4a475817UL
    ];

    public static void Hash(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        Span<ulong> state = [0x6a09e667f3bcc908UL, 0xbb67ae8584caa73bUL, 0x3c6ef372fe94f82bUL, 0xa54ff53a5f1d36f1UL, 0x510e527fade682d1UL, 0x9b05688c2b3e6c1fUL, 0x1f83d9abfb41bd6bUL, 0x5be0cd19137e2179UL];
        Span<ulong> schedule = stackalloc ulong[80];
        var whole = data.Length / BlockSize * BlockSize;
        for (var offset = 0; offset < whole; offset += BlockSize)
        {
            Compress(state, data.Slice(offset, BlockSize), schedule);
        }

        // The rest, the 0x80 marker and the length in bits (big-endian, 128 bits, the high half zero) fill one or two blocks.
        Span<byte> tail = stackalloc byte[2 * BlockSize];
        tail.Clear();
        var rest = data.Length - whole;
        data[whole..].CopyTo(tail);
        tail[rest] = 0x80;
        var blocks = rest + 1 + 16 <= BlockSize ? 1 : 2;
        BinaryPrimitives.WriteUInt64BigEndian(tail[(blocks * BlockSize - 8)..], (ulong)data.Length * 8);
        for (var i = 0; i < blocks; i++)
        {
            Compress(state, tail.Slice(i * BlockSize, BlockSize), schedule);
        }

        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(digest[(i * 8)..], state[i]);
        }
    }

    // Written out so that ReadyToRun code (the published CLI) inlines it as surely as the JIT does.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Rotr(ulong x, int n) => (x >> n) | (x << (64 - n));

    // Optimised on its first call: it runs 10,000 times per password, 80 rounds a call, too few for on-stack
    // replacement, so under tiered compilation a run's first passwords were hashed by unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Compress(Span<ulong> state, ReadOnlySpan<byte> block, Span<ulong> w)
    {
        for (var t = 0; t < 16; t++)
        {
            w[t] = BinaryPrimitives.ReverseEndianness(MemoryMarshal.Read<ulong>(block[(t * 8)..]));
        }

        for (var t = 16; t < 80; t++)
        {
            var x = w[t - 15];
            var y = w[t - 2];
            var s0 = Rotr(x, 1) ^ Rotr(x, 8) ^ (x >> 7);
            var s1 = Rotr(y, 19) ^ Rotr(y, 61) ^ (y >> 6);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }

        var k = K;
        ulong a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var t = 0; t < 80; t++)
        {
            var t1 = h + (Rotr(e, 14) ^ Rotr(e, 18) ^ Rotr(e, 41))
                + ((e & f) ^ (~e & g)) + k[t] + w[t];
            var t2 = (Rotr(a, 28) ^ Rotr(a, 34) ^ Rotr(a, 39))
                + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
