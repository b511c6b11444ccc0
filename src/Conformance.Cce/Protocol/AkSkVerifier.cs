using System.Globalization;

namespace Conformance.Cce.Protocol;

/// <summary>Server side of SDK-HMAC-SHA256: recomputes the signature over the headers the request names.</summary>
public sealed class AkSkVerifier(Func<string, string?> secretKeyFor, TimeProvider time, TimeSpan maxSkew)
{
    /// <summary>Hex characters of the client's signature a diagnostic may show.</summary>
    public const int SignaturePrefixLength = 8;

    public static readonly TimeSpan DefaultMaxSkew = TimeSpan.FromMinutes(15);

    public AkSkVerifier(AkSkCredentials credentials, TimeProvider time)
        : this(ak => ak == credentials.AccessKey ? credentials.SecretKey : null, time, DefaultMaxSkew)
    {
    }

    public VerificationResult Verify(SignableRequest request)
    {
        var header = request.Header("Authorization");
        if (header is null)
        {
            return Fail(VerificationOutcome.MissingAuthorization, "no Authorization header");
        }

        if (!SdkAuthorization.TryParse(header, out var auth))
        {
            return Fail(VerificationOutcome.MalformedAuthorization, "Authorization is not SDK-HMAC-SHA256 Access=, SignedHeaders=, Signature=");
        }

        if (secretKeyFor(auth.AccessKey) is not { } secretKey)
        {
            return Fail(VerificationOutcome.UnknownAccessKey, $"unknown access key '{auth.AccessKey}'");
        }

        if (request.Header(SdkSignature.DateHeader) is not { } date)
        {
            return Fail(VerificationOutcome.MissingDate, "no X-Sdk-Date header");
        }

        if (!DateTimeOffset.TryParseExact(date.Trim(), SdkSignature.DateFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            return Fail(VerificationOutcome.MalformedDate, $"X-Sdk-Date '{date}' is not YYYYMMDDTHHMMSSZ");
        }

        // An unsigned date could be replayed with any value, which would make the skew check meaningless.
        if (!auth.SignedHeaders.Contains("x-sdk-date"))
        {
            return Fail(VerificationOutcome.DateNotSigned, "x-sdk-date is not among SignedHeaders") with { SignedHeaders = auth.SignedHeaders };
        }

        if ((time.GetUtcNow() - signedAt).Duration() > maxSkew)
        {
            return Fail(VerificationOutcome.DateSkewed, $"X-Sdk-Date {date} is more than {maxSkew.TotalMinutes} minutes off");
        }

        foreach (var name in auth.SignedHeaders)
        {
            if (request.Header(name) is null)
            {
                return Fail(VerificationOutcome.MissingSignedHeader, $"signed header '{name}' is not in the request") with { SignedHeaders = auth.SignedHeaders };
            }
        }

        var canonical = SdkSignature.CanonicalRequest(request, auth.SignedHeaders);
        var stringToSign = SdkSignature.StringToSign(canonical, date.Trim());
        return SdkSignature.SignatureMatches(secretKey, stringToSign, auth.Signature)
            ? new VerificationResult(VerificationOutcome.Valid, "signature valid")
            : Fail(VerificationOutcome.SignatureMismatch, "signature does not match") with
            {
                SignedHeaders = auth.SignedHeaders,
                CanonicalRequest = canonical,
                StringToSign = stringToSign,
                SignaturePrefix = auth.Signature[..Math.Min(SignaturePrefixLength, auth.Signature.Length)],
            };
    }

    private static VerificationResult Fail(VerificationOutcome outcome, string detail) => new(outcome, detail);
}
