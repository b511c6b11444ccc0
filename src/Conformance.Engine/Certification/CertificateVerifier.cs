using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Engine.Certification;

/// <summary>What checking a certificate found: valid, or the one reason it is not.</summary>
public sealed record VerificationResult(bool Valid, string Message);

/// <summary>Checks a certificate's ES256 signature and that it names the expected suite.</summary>
public static class CertificateVerifier
{
    /// <param name="trustedKey">The signer's public key; without it only integrity is proven, not who signed.</param>
    /// <param name="suiteSha256">The hash of the suite the certificate must have been judged by; null skips that check.</param>
    public static VerificationResult Verify(string certificateJson, ECDsa? trustedKey, string? suiteSha256)
    {
        JsonObject root;
        try
        {
            // A duplicate key would make the signed value ambiguous, so it is a JSON error here.
            root = JsonNode.Parse(certificateJson, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject
                ?? throw new JsonException("the top level is not an object", null, 0, 0);
        }
        catch (JsonException e)
        {
            return Invalid($"not a certificate: JSON error at line {(e.LineNumber ?? 0) + 1}: {e.Message.Split('.')[0]}");
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return Invalid($"not a certificate: {e.Message}");
        }

        if (root["suite"]?["sha256"] is not JsonValue shaNode || !shaNode.TryGetValue<string>(out var certificateSha))
        {
            return Invalid("not a certificate: it has no suite.sha256");
        }

        if (root[CertificateSigner.Field] is not JsonObject signature)
        {
            return Invalid("not signed: the certificate has no signature");
        }

        var failure = CheckSignature(root, signature, trustedKey);
        if (failure is not null)
        {
            return Invalid(failure);
        }

        if (suiteSha256 is not null && !string.Equals(certificateSha, suiteSha256, StringComparison.OrdinalIgnoreCase))
        {
            return Invalid($"suite hash differs: certificate {certificateSha}, suite {suiteSha256}");
        }

        var suite = suiteSha256 is null ? string.Empty : $"; judged by this suite ({certificateSha})";
        return trustedKey is not null
            ? new VerificationResult(true, $"valid: signed with the given key{suite}")
            : new VerificationResult(true, $"valid: the signature matches the certificate's own embedded key{suite}; this proves integrity, not origin (pass --key to check who signed it)");
    }

    private static string? CheckSignature(JsonObject root, JsonObject signature, ECDsa? trustedKey)
    {
        var algorithm = Text(signature, "algorithm");
        if (algorithm != CertificateSignature.Es256)
        {
            return $"unsupported signature algorithm '{algorithm}' (expected ES256)";
        }

        var publicKey = Text(signature, "publicKey") ?? string.Empty;
        using var embedded = SigningKeys.FromSpki(publicKey);
        if (embedded is null)
        {
            return "signature mismatch: signature.publicKey is not a base64 EC P-256 SubjectPublicKeyInfo";
        }

        if (trustedKey is not null && !trustedKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(embedded.ExportSubjectPublicKeyInfo()))
        {
            return "signed by another key: the certificate's signature.publicKey is not the --key public key";
        }

        var unsigned = (JsonObject)root.DeepClone();
        unsigned.Remove(CertificateSigner.Field);
        byte[] value;
        try
        {
            value = Convert.FromBase64String(Text(signature, "value") ?? string.Empty);
        }
        catch (FormatException)
        {
            return "signature mismatch: signature.value is not base64";
        }

        return embedded.VerifyData(CanonicalJson.Bytes(unsigned), value, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            ? null
            : "signature mismatch: the certificate was changed after it was signed";
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static VerificationResult Invalid(string message) => new(false, message);
}
