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

        string? access = null, signed = null, signature = null;
        foreach (var range in header.AsSpan(SdkSignature.Algorithm.Length + 1).Split(','))
        {
            var part = header.AsSpan(SdkSignature.Algorithm.Length + 1)[range];
            var eq = part.IndexOf('=');
            if (eq <= 0)
            {
                return false;
            }

            // A field named twice counts as its last value; unknown fields are ignored.
            var value = part[(eq + 1)..].Trim();
            switch (part[..eq].Trim())
            {
                case "Access": access = value.ToString(); break;
                case "SignedHeaders": signed = value.ToString(); break;
                case "Signature": signature = value.ToString(); break;
            }
        }

        if (string.IsNullOrEmpty(access) || string.IsNullOrEmpty(signed) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        // Names are kept as sent: the signature covers the list verbatim, so normalising would hide a bad client.
        authorization = new SdkAuthorization(access, signed.Split(';'), signature);
        return true;
    }
}
