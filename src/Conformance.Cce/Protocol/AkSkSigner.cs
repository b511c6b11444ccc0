using System.Globalization;

namespace Conformance.Cce.Protocol;

/// <summary>Client side of SDK-HMAC-SHA256: signs a request description with an AK/SK pair.</summary>
public sealed class AkSkSigner(AkSkCredentials credentials, TimeProvider time)
{
    public AkSkSigner(AkSkCredentials credentials)
        : this(credentials, TimeProvider.System)
    {
    }

    public AkSkCredentials Credentials { get; } = credentials;

    /// <summary>
    /// Signs <paramref name="signedHeaders"/> (default: every header present), always adding x-sdk-date.
    /// An X-Sdk-Date already on the request is kept, as the SDKs do, so fixed vectors and replay tests are possible.
    /// </summary>
    public SigningResult Sign(SignableRequest request, IEnumerable<string>? signedHeaders = null)
    {
        var date = request.Header(SdkSignature.DateHeader);
        if (date is null || !DateTimeOffset.TryParseExact(
                date, SdkSignature.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            date = FormatDate(time.GetUtcNow());
            request = request.WithHeader(SdkSignature.DateHeader, date);
        }

        var names = SdkSignature.NormalizeSignedHeaders(
            (signedHeaders ?? request.Headers.Select(h => h.Key))
            .Where(n => !string.Equals(n, "Authorization", StringComparison.OrdinalIgnoreCase))
            .Append(SdkSignature.DateHeader));

        var canonical = SdkSignature.CanonicalRequest(request, names);
        var stringToSign = SdkSignature.StringToSign(canonical, date);
        var authorization = new SdkAuthorization(
            Credentials.AccessKey, names, SdkSignature.Sign(Credentials.SecretKey, stringToSign));
        return new SigningResult(
            request.WithHeader("Authorization", authorization.ToString()), date, authorization, canonical, stringToSign);
    }

    public static string FormatDate(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(SdkSignature.DateFormat, CultureInfo.InvariantCulture);
}
