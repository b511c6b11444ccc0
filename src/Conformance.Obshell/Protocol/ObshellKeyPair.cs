using System.Security.Cryptography;

namespace Conformance.Obshell.Protocol;

/// <summary>An agent's RSA key pair, with the public half in the /api/v1/secret wire form.</summary>
public sealed class ObshellKeyPair : IDisposable
{
    private ObshellKeyPair(RSA rsa) => Rsa = rsa;

    /// <summary>The private key; owned by this instance.</summary>
    public RSA Rsa { get; }

    /// <summary>base64 of the PKCS#1 DER RSAPublicKey, as obshell publishes it.</summary>
    public string PublicKeyBase64 => Convert.ToBase64String(Rsa.ExportRSAPublicKey());

    /// <summary>1024 bits like the real agent, so ciphertext chunks are 128 bytes.</summary>
    public static ObshellKeyPair Generate(int bits = 1024) => new(RSA.Create(bits));

    public static ObshellKeyPair FromPem(string privateKeyPem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(privateKeyPem);
        return new ObshellKeyPair(rsa);
    }

    public void Dispose() => Rsa.Dispose();
}
