namespace Conformance.Engine.Certification;

/// <summary>An ECDSA P-256 signature over the canonical JSON of a certificate without this field.</summary>
/// <param name="PublicKey">Base64 SubjectPublicKeyInfo DER of the signing key.</param>
/// <param name="Value">Base64 IEEE-P1363 (r||s, 64 bytes) signature.</param>
public sealed record CertificateSignature(string Algorithm, string PublicKey, string Value)
{
    public const string Es256 = "ES256";
}
