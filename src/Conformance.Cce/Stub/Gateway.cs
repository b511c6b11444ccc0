using System.Security.Cryptography;
using System.Text;
using Conformance.Cce.Protocol;
using Conformance.Engine.Packs;
using WireMock;

namespace Conformance.Cce.Stub;

/// <summary>The API gateway in front of CCE: token or AK/SK, judged before the service sees anything.</summary>
internal sealed class Gateway(CceStubOptions options)
{
    private readonly AkSkVerifier verifier = new(
        ak => ak == options.Fixtures.AccessKey ? options.Fixtures.SecretKey : null,
        options.Time,
        options.MaxClockSkew);

    /// <summary>Null when the caller is authenticated, else the gateway's 401, with the stage that failed in <paramref name="note"/>.</summary>
    public IResponseMessage? Authenticate(IRequestMessage request, string requestId, RefusalNote note)
    {
        // A token, when present, decides alone: requests with both are not part of the contract.
        if (WireMockRequest.Header(request, "X-Auth-Token") is { } token)
        {
            if (FixedTimeEquals(token, options.Fixtures.Token) || options.Deviations.Contains(CceDeviations.AnyTokenAccepted))
            {
                return null;
            }

            note.Why = $"token: X-Auth-Token ({token.Length} chars) is not the stub's token";
            return Unauthorized("Incorrect IAM authentication information: verify token failed", requestId);
        }

        if (WireMockRequest.Header(request, "Authorization") is null)
        {
            if (options.Deviations.Contains(CceDeviations.AuthSkipped))
            {
                return null;
            }

            note.Why = "token: neither X-Auth-Token nor Authorization is in the request";
            return Unauthorized("Incorrect IAM authentication information: x-auth-token not found", requestId);
        }

        if (options.Deviations.Contains(CceDeviations.AkSkRefused))
        {
            note.Why = $"AK/SK: refused whatever the signature (--deviate {CceDeviations.AkSkRefused})";
            return Unauthorized("Incorrect IAM authentication information: AK/SK authentication is not supported", requestId);
        }

        var result = verifier.Verify(WireMockRequest.ToSignable(request));
        if (result.Outcome == VerificationOutcome.SignatureMismatch && options.Deviations.Contains(CceDeviations.SignatureUnchecked))
        {
            return null;
        }

        note.Why = Explain(result);
        return result.Outcome switch
        {
            VerificationOutcome.Valid => null,
            VerificationOutcome.DateSkewed => StubResponses.GatewayError(
                401, CceErrorCodes.GatewayRequestExpired, "Incorrect app authentication information: " + result.Detail, requestId),
            _ => Unauthorized("Incorrect IAM authentication information: " + result.Detail, requestId),
        };
    }

    /// <summary>
    /// The failed check, then for a mismatch the stages a client compares its own against, as the SigV4 test suite
    /// lays them out: the header list, the canonical request, the string to sign. The key and the signature stay out.
    /// </summary>
    internal static string Explain(VerificationResult result)
    {
        var text = new StringBuilder("AK/SK ").Append(result.Outcome).Append(": ").Append(result.Detail);
        if (result.SignedHeaders is { } signed)
        {
            text.Append("; SignedHeaders=").Append(string.Join(';', signed));
        }

        if (result.SignaturePrefix is { } prefix)
        {
            text.Append("; client Signature=").Append(prefix).Append("...");
        }

        if (result.CanonicalRequest is { } canonical)
        {
            text.Append("; stub's canonical request: ").Append(canonical);
        }

        if (result.StringToSign is { } stringToSign)
        {
            text.Append("; stub's string to sign: ").Append(stringToSign);
        }

        // One line, whatever the client put in a signed header.
        return RefusalReporter.OneLine(text.ToString());
    }

    private static IResponseMessage Unauthorized(string message, string requestId) =>
        StubResponses.GatewayError(401, CceErrorCodes.GatewayAuthFailed, message, requestId);

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
