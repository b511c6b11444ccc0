using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Engine.Certification;

/// <summary>The one JSON shape certificates are written and read in.</summary>
public static class CertificateJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Certificate certificate) => JsonSerializer.Serialize(certificate, Options);

    public static Certificate Deserialize(string json) =>
        JsonSerializer.Deserialize<Certificate>(json, Options) ?? throw new ConfigurationException("the certificate is empty");
}
