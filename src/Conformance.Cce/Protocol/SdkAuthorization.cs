using System.Diagnostics.CodeAnalysis;

namespace Conformance.Cce.Protocol;

/// <summary>The Authorization header value `SDK-HMAC-SHA256 Access=..., SignedHeaders=a;b, Signature=...`.</summary>
public sealed record SdkAuthorization(string AccessKey, IReadOnlyList<string> SignedHeaders, string Signature)
{
    public override string ToString() =>
        $"{SdkSignature.Algorithm} Access={AccessKey}, SignedHeaders={string.Join(";", SignedHeaders)}, Signature={Signature}";

    public static bool TryParse(string? header, [NotNullWhen(true)] out SdkAuthorization? authorization)
    {
        authorization = null;
        if (header is null || !header.StartsWith(SdkSignature.Algorithm + " ", StringComparison.Ordinal))
        {
            return false;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in header[(SdkSignature.Algorithm.Length + 1)..].Split(','))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0)
            {
                return false;
            }

            fields[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }

        if (!fields.TryGetValue("Access", out var access) || access.Length == 0
            || !fields.TryGetValue("SignedHeaders", out var signed) || signed.Length == 0
            || !fields.TryGetValue("Signature", out var signature) || signature.Length == 0)
        {
            return false;
        }

        // Names are kept as sent: the signature covers the list verbatim, so normalising would hide a bad client.
        authorization = new SdkAuthorization(access, signed.Split(';'), signature);
        return true;
    }
}
