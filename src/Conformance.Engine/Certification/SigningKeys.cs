using System.Security.Cryptography;

namespace Conformance.Engine.Certification;

/// <summary>Reads the PEM EC P-256 keys certificates are signed and checked with.</summary>
public static class SigningKeys
{
    private const string P256Oid = "1.2.840.10045.3.1.7";

    /// <summary>A private key: PKCS#8 ("PRIVATE KEY") or SEC1 ("EC PRIVATE KEY"), unencrypted.</summary>
    public static ECDsa LoadPrivate(string path) => Load(path, "private", HasPrivateKey);

    /// <summary>A public key ("PUBLIC KEY", SubjectPublicKeyInfo); a private key file is accepted too.</summary>
    public static ECDsa LoadPublic(string path) => Load(path, "public", _ => true);

    /// <summary>The key in a base64 SubjectPublicKeyInfo, or null when it is not a P-256 key.</summary>
    public static ECDsa? FromSpki(string base64)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(base64), out _);
            return IsP256(key) ? key : Dispose(key);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return Dispose(key);
        }
    }

    private static ECDsa Load(string path, string kind, Func<ECDsa, bool> complete)
    {
        var pem = InputFile.ReadText(path, $"{kind} key");

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new ConfigurationException($"{path} is not an unencrypted PEM EC {kind} key: {e.Message}");
        }

        if (!IsP256(key) || !complete(key))
        {
            key.Dispose();
            throw new ConfigurationException($"{path} is not an EC P-256 {kind} key (ES256 needs a prime256v1 key{(kind == "private" ? " with its private part" : string.Empty)})");
        }

        return key;
    }

    private static bool HasPrivateKey(ECDsa key)
    {
        try
        {
            return key.ExportParameters(true).D is not null;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool IsP256(ECDsa key) => key.ExportParameters(false).Curve.Oid?.Value == P256Oid;

    private static ECDsa? Dispose(ECDsa key)
    {
        key.Dispose();
        return null;
    }
}
