using System.Text.Json;

namespace Conformance.Engine.Certification;

/// <summary>Reads a certificate.json for the commands that compare or join them, failing with one line that names the file.</summary>
public static class CertificateFile
{
    public static Certificate Read(string path)
    {
        var text = InputFile.ReadText(path, "certificate");

        Certificate? certificate;
        try
        {
            certificate = JsonSerializer.Deserialize<Certificate>(text, CertificateJson.Options);
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{path}: not a certificate: JSON error at line {(e.LineNumber ?? 0) + 1}");
        }

        // The serializer does not enforce non-nullable members, so a JSON file of another shape would surface later as a null.
        if (certificate is null || certificate.Suite?.Sha256 is null || certificate.Target is null || certificate.Requirements is null
            || certificate.Totals is null || certificate.Verdict is null || certificate.Requirements.Any(r => r?.Id is null || r.Status is null))
        {
            throw new ConfigurationException($"{path}: not a certificate: it lacks suite, target, totals, verdict or requirements");
        }

        return certificate;
    }
}
