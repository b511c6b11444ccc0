using System.Security.Cryptography;
using Conformance.Cce.Protocol;

namespace Conformance.Cce.Tests.Protocol;

/// <summary>The managed SHA-512 the crypt rounds use, held to the platform's on every padding case.</summary>
public sealed class ManagedSha512Tests
{
    [Test]
    public void Every_length_up_to_three_blocks_hashes_as_the_platform_does()
    {
        // 111/112 and 239/240 are where the length field stops fitting in the last block.
        var random = new Random(512);
        for (var length = 0; length <= 3 * 128 + 1; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            var digest = new byte[ManagedSha512.HashSize];

            ManagedSha512.Hash(data, digest);

            digest.Should().Equal(SHA512.HashData(data), $"for {length} bytes");
        }
    }

    [Test]
    public void The_fips_abc_vector()
    {
        var digest = new byte[ManagedSha512.HashSize];

        ManagedSha512.Hash("abc"u8, digest);

        Convert.ToHexStringLower(digest).Should().Be(
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    }
}
