using System.Collections.Concurrent;
using System.Security.Cryptography;
using Conformance.Obshell.Protocol;

namespace Conformance.Obshell.Stub;

/// <summary>The authentication rows of the outcome table, then body decryption, in the server's order.</summary>
internal sealed class RequestAuthenticator(RSA privateKey, ObshellStubFixtures fixtures, TimeProvider time, IReadOnlySet<string> deviations) : IDisposable
{
    // OpenSSL-backed RSA objects are not documented as safe for concurrent use, and one lock around decryption made
    // RSA the bottleneck on more than one core: each concurrent request borrows its own copy of the key instead.
    // A lock-free queue, not a ConcurrentBag: the bag locks a thread's queue when it holds one item, and under load
    // its lock spinning cost 4 % of a request.
    private readonly RSAParameters _key = privateKey.ExportParameters(includePrivateParameters: true);
    private readonly ConcurrentQueue<(RSA Rsa, ObshellRequestDecryptor Decryptor)> _idle = [];
    private readonly ConcurrentBag<RSA> _all = [];

    public void Dispose()
    {
        foreach (var rsa in _all)
        {
            rsa.Dispose();
        }
    }

    private T WithDecryptor<T>(Func<ObshellRequestDecryptor, T> use)
    {
        if (!_idle.TryDequeue(out var lease))
        {
            var rsa = RSA.Create();
            rsa.ImportParameters(_key);
            _all.Add(rsa);
            lease = (rsa, new ObshellRequestDecryptor(rsa));
        }

        try
        {
            return use(lease.Decryptor);
        }
        finally
        {
            _idle.Enqueue(lease);
        }
    }

    public (DecryptedHeader? Header, StubError? Error) Authenticate(StubRequest request, RequestContext ctx, AgentIdentity identity)
    {
        // X-OCS-Header wins when both are sent, as in obshell's middleware.
        var rootHeader = request.Header(ObshellHeaders.Root);
        var agentHeader = deviations.Contains(ObshellDeviations.AgentHeaderIgnored) ? null : request.Header(ObshellHeaders.Agent);
        var headerValue = rootHeader ?? agentHeader;
        if (headerValue is null)
        {
            ctx.Why = deviations.Contains(ObshellDeviations.AgentHeaderIgnored) && request.Header(ObshellHeaders.Agent) is not null
                ? $"header: no {ObshellHeaders.Root}, and {ObshellHeaders.Agent} is ignored (--deviate {ObshellDeviations.AgentHeaderIgnored})"
                : $"header: neither {ObshellHeaders.Root} nor {ObshellHeaders.Agent} is in the request";
            return (null, deviations.Contains(ObshellDeviations.MissingHeader401) ? MissingHeaderAs401 : ObshellErrors.HeaderNotFound);
        }

        var expected = rootHeader is not null ? fixtures.RootPassword : fixtures.AgentPassword;
        // The epoch as "now" makes every ts lie in the future: the expiry check never fires.
        var now = deviations.Contains(ObshellDeviations.ExpiredTsAccepted) ? DateTimeOffset.UnixEpoch : time.GetUtcNow();
        var result = WithDecryptor(decryptor => decryptor.VerifyHeader(headerValue, request.PathAndQuery, now,
            // A SINGLE agent has no root@sys yet; the Python SDK sends an empty password to it.
            pwd => pwd == expected || (identity == AgentIdentity.Single && pwd.Length == 0)));

        if (result.Failure == ProtocolFailure.HeaderDecryptFailed)
        {
            ctx.TraceId = "";
        }

        if (!result.IsSuccess)
        {
            ctx.Why = $"{result.Failure}: {result.Detail}" + (result.Failure == ProtocolFailure.IncorrectPassword
                ? $" ({(rootHeader is not null ? $"{ObshellHeaders.Root} takes root@sys's" : $"{ObshellHeaders.Agent} takes the agent's")})"
                : "");
        }

        return result.IsSuccess ? (result.Value, null) : (null, Map(result.Failure));
    }

    /// <summary>
    /// For <see cref="ObshellDeviations.BodyBeforeAuth"/>: decrypts the header without verifying it and binds the
    /// scale-in body, the order a server that validates input first would use; null when there is nothing to refuse.
    /// </summary>
    public StubError? UnverifiedScaleInBodyError(StubRequest request)
    {
        if ((request.Header(ObshellHeaders.Root) ?? request.Header(ObshellHeaders.Agent)) is not { } headerValue)
        {
            return null;
        }

        var header = WithDecryptor(decryptor => decryptor.DecryptHeader(headerValue));

        if (!header.IsSuccess)
        {
            return null;
        }

        var (body, error) = DecryptBody(request, header.Value, null);
        return error ?? (ScaleInRequestBinder.TryBind(body!, deviations) is null ? ObshellErrors.BindJsonFailed : null);
    }

    /// <summary>The security checks, then the body decrypted: what every authenticated route with a body does first.</summary>
    public (byte[]? Body, StubError? Error) AuthenticatedBody(StubRequest request, RequestContext ctx, AgentIdentity identity)
    {
        var (header, authError) = Authenticate(request, ctx, identity);
        return authError is not null ? (null, authError) : DecryptBody(request, header!, ctx);
    }

    /// <summary>An empty body is not decrypted: the binder treats it as <c>{}</c>.</summary>
    /// <param name="ctx">Told why the body was refused; null when nobody will answer that refusal.</param>
    public static (byte[]? Body, StubError? Error) DecryptBody(StubRequest request, DecryptedHeader header, RequestContext? ctx)
    {
        var text = request.BodyText;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], null);
        }

        var result = ObshellRequestDecryptor.DecryptBody(text, header);
        if (!result.IsSuccess && ctx is not null)
        {
            ctx.Why = $"{result.Failure}: {result.Detail}";
        }

        return result.IsSuccess ? (result.Value, null) : (null, Map(result.Failure));
    }

    private static readonly StubError MissingHeaderAs401 =
        new(401, "Security.Authentication.Header.NotFound", "request header 'X-OCS-Header' or 'X-OCS-Agent-Header' not found");

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
