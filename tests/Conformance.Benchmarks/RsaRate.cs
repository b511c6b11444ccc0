using System.Diagnostics;
using System.Security.Cryptography;
using Conformance.Obshell.Protocol;

namespace Conformance.Benchmarks;

/// <summary>
/// RSA-1024 private-key decryptions of one 128-byte block, as the stub does per header chunk, on N threads at once.
/// All cores together set the obshell bound: on this machine two threads reach 65-97 % of twice one thread's rate,
/// so one thread's rate times the cores is a bound no server could reach.
/// </summary>
internal sealed class RsaRate : IDisposable
{
    private readonly ObshellKeyPair keys = ObshellKeyPair.Generate();
    private readonly byte[] block;

    public RsaRate()
    {
        using var pub = RSA.Create();
        pub.ImportRSAPublicKey(keys.Rsa.ExportRSAPublicKey(), out _);
        block = pub.Encrypt(new byte[RsaChunkCipher.PlainChunkSize], RSAEncryptionPadding.Pkcs1);
        for (var i = 0; i < 200; i++)
        {
            keys.Rsa.Decrypt(block, RSAEncryptionPadding.Pkcs1);
        }
    }

    public double PerSecond(double seconds, int threads)
    {
        var limit = TimeSpan.FromSeconds(seconds);
        var watch = Stopwatch.StartNew();
        var counts = new long[threads];
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            while (watch.Elapsed < limit)
            {
                for (var i = 0; i < 50; i++)
                {
                    keys.Rsa.Decrypt(block, RSAEncryptionPadding.Pkcs1);
                }

                counts[t] += 50;
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return counts.Sum() / watch.Elapsed.TotalSeconds;
    }

    public void Dispose() => keys.Dispose();
}
