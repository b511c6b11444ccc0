using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Conformance.Obshell.Protocol;

/// <summary>Client side of obshell's hybrid encryption: builds the auth header and encrypts the body.</summary>
public sealed class ObshellRequestEncryptor : IDisposable
{
    private readonly RSA _publicKey;

    /// <param name="publicKeyBase64">The <c>public_key</c> from GET /api/v1/secret (base64 PKCS#1 DER).</param>
    public ObshellRequestEncryptor(string publicKeyBase64)
    {
        _publicKey = RSA.Create();
        _publicKey.ImportRSAPublicKey(Convert.FromBase64String(publicKeyBase64), out _);
    }

    /// <summary>Encrypts a well-formed request; pass <paramref name="keys"/> only to make the body deterministic.</summary>
    public EncryptedRequest Encrypt(string password, string uri, DateTimeOffset expiry, string? jsonBody, AesKeyMaterial? keys = null)
    {
        var material = keys ?? AesKeyMaterial.CreateRandom();
        var header = EncryptHeader(AuthHeaderPayload.Create(password, uri, expiry, material));
        var body = jsonBody is null ? null : AesBodyCipher.Encrypt(Encoding.UTF8.GetBytes(jsonBody), material);
        return new EncryptedRequest(header, body, material);
    }

    public string EncryptHeader(AuthHeaderPayload payload) => EncryptHeaderJson(JsonSerializer.Serialize(payload));

    /// <summary>Encrypts arbitrary header JSON, so a test can send a malformed payload (numeric ts, no keys...).</summary>
    public string EncryptHeaderJson(string headerJson) =>
        Convert.ToBase64String(RsaChunkCipher.Encrypt(_publicKey, Encoding.UTF8.GetBytes(headerJson)));

    public void Dispose() => _publicKey.Dispose();
}
