namespace Conformance.Cce.Protocol;

/// <summary>What signing produced: the request with X-Sdk-Date and Authorization added, and the intermediate strings for diagnostics.</summary>
public sealed record SigningResult(
    SignableRequest Request,
    string SdkDate,
    SdkAuthorization Authorization,
    string CanonicalRequest,
    string StringToSign);
