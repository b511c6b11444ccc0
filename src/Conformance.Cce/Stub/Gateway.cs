using System.Security.Cryptography;
using System.Text;
using Conformance.Cce.Protocol;
using WireMock;

namespace Conformance.Cce.Stub;

/// <summary>The API gateway in front of CCE: token or AK/SK, judged before the service sees anything.</summary>
internal sealed class Gateway(CceStubOptions options)
{
    private readonly AkSkVerifier verifier = new(
        ak => ak == options.Fixtures.AccessKey ? options.Fixtures.SecretKey : null,
        options.Time,
        options.MaxClockSkew);

    /// <summary>Null when the caller is authenticated, else the gateway's 401.</summary>
    public IResponseMessage? Authenticate(IRequestMessage request, string requestId)
    {
        // A token, when present, decides alone: requests with both are not part of the contract.
        if (WireMockRequest.Header(request, "X-Auth-Token") is { } token)
        {
            return FixedTimeEquals(token, options.Fixtures.Token) || options.Deviations.Contains(CceDeviations.AnyTokenAccepted)
                ? null
                : Unauthorized("Incorrect IAM authentication information: verify token failed", requestId);
        }

        if (WireMockRequest.Header(request, "Authorization") is null)
        {
            return options.Deviations.Contains(CceDeviations.AuthSkipped)
                ? null
                : Unauthorized("Incorrect IAM authentication information: x-auth-token not found", requestId);
        }

        if (options.Deviations.Contains(CceDeviations.AkSkRefused))
        {
            return Unauthorized("Incorrect IAM authentication information: AK/SK authentication is not supported", requestId);
        }

        var result = verifier.Verify(WireMockRequest.ToSignable(request));
        if (result.Outcome == VerificationOutcome.SignatureMismatch && options.Deviations.Contains(CceDeviations.SignatureUnchecked))
        {
            return null;
        }

        return result.Outcome switch
        {
            VerificationOutcome.Valid => null,
            VerificationOutcome.DateSkewed => StubResponses.GatewayError(
                401, CceErrorCodes.GatewayRequestExpired, "Incorrect app authentication information: " + result.Detail, requestId),
            _ => Unauthorized("Incorrect IAM authentication information: " + result.Detail, requestId),
        };
    }

    private static IResponseMessage Unauthorized(string message, string requestId) =>
        StubResponses.GatewayError(401, CceErrorCodes.GatewayAuthFailed, message, requestId);

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
