using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Conformance.Engine.Certification;

/// <summary>Adds an ES256 <c>signature</c> to a certificate's JSON text.</summary>
public static class CertificateSigner
{
    public const string Field = "signature";

    /// <summary>The certificate text with a signature over everything else in it (an existing signature is replaced).</summary>
    public static string Sign(string certificateJson, ECDsa key)
    {
        var node = JsonNode.Parse(certificateJson)?.AsObject() ?? throw new ConfigurationException("the certificate is empty");
        node.Remove(Field);
        var value = key.SignData(CanonicalJson.Bytes(node), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var signature = new CertificateSignature(CertificateSignature.Es256, Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()), Convert.ToBase64String(value));
        node[Field] = System.Text.Json.JsonSerializer.SerializeToNode(signature, CertificateJson.Options);
        return node.ToJsonString(CertificateJson.Options);
    }
}
