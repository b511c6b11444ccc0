using Conformance.Obshell.Protocol;

namespace Conformance.Obshell.Stub;

/// <summary>The authentication rows of the outcome table, then body decryption, in the server's order.</summary>
internal sealed class RequestAuthenticator(ObshellRequestDecryptor decryptor, ObshellStubFixtures fixtures, TimeProvider time)
{
    // OpenSSL-backed RSA objects are not documented as safe for concurrent use; decryption is cheap enough to serialise.
    private readonly Lock _rsaGate = new();

    public (DecryptedHeader? Header, StubError? Error) Authenticate(StubRequest request, RequestContext ctx, AgentIdentity identity)
    {
        // X-OCS-Header wins when both are sent, as in obshell's middleware.
        var rootHeader = request.Header(ObshellHeaders.Root);
        var headerValue = rootHeader ?? request.Header(ObshellHeaders.Agent);
        if (headerValue is null)
        {
            return (null, ObshellErrors.HeaderNotFound);
        }

        var expected = rootHeader is not null ? fixtures.RootPassword : fixtures.AgentPassword;
        ProtocolResult<DecryptedHeader> result;
        lock (_rsaGate)
        {
            result = decryptor.VerifyHeader(headerValue, request.PathAndQuery, time.GetUtcNow(),
                // A SINGLE agent has no root@sys yet; the Python SDK sends an empty password to it.
                pwd => pwd == expected || (identity == AgentIdentity.Single && pwd.Length == 0));
        }

        if (result.Failure == ProtocolFailure.HeaderDecryptFailed)
        {
            ctx.TraceId = "";
        }

        return result.IsSuccess ? (result.Value, null) : (null, Map(result.Failure));
    }

    /// <summary>An empty body is not decrypted: the binder treats it as <c>{}</c>.</summary>
    public static (byte[]? Body, StubError? Error) DecryptBody(StubRequest request, DecryptedHeader header)
    {
        var text = request.BodyText;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], null);
        }

        var result = ObshellRequestDecryptor.DecryptBody(text, header);
        return result.IsSuccess ? (result.Value, null) : (null, Map(result.Failure));
    }

    private static StubError Map(ProtocolFailure failure) => failure switch
    {
        ProtocolFailure.HeaderDecryptFailed => ObshellErrors.HeaderDecryptFailed,
        ProtocolFailure.UriMismatch => ObshellErrors.UriMismatch,
        ProtocolFailure.TimestampInvalid => ObshellErrors.TimestampInvalid,
        ProtocolFailure.Expired => ObshellErrors.Expired,
        ProtocolFailure.IncorrectPassword => ObshellErrors.IncorrectPassword,
        ProtocolFailure.KeyAndIvInvalid => ObshellErrors.KeyAndIvInvalid,
        ProtocolFailure.BodyContentLengthInvalid => ObshellErrors.ContentLengthInvalid,
        // Go unpads without checking, so a tampered body surfaces as JSON that does not bind.
        ProtocolFailure.BodyDecryptFailed => ObshellErrors.BindJsonFailed,
        _ => ObshellErrors.Unexpected,
    };
}
