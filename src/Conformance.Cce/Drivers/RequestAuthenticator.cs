using Conformance.Cce.Protocol;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;

namespace Conformance.Cce.Drivers;

/// <summary>Puts credentials on a request as the profile allows: the IAM token or an SDK-HMAC-SHA256 signature.</summary>
public sealed class RequestAuthenticator(RunContext run)
{
    private CceAuth Auth => (run.Profile.Cce ?? throw new FixtureMissingException("cce")).Auth;

    public bool CanSign => Auth.AkEnv is not null && Auth.SkEnv is not null;

    /// <param name="dateSkew">Moves X-Sdk-Date away from now (signature modes only).</param>
    public async Task ApplyAsync(HttpRequestMessage message, CceAuthMode mode, string projectId, TimeSpan dateSkew = default)
    {
        switch (mode)
        {
            case CceAuthMode.Profile when Auth.UsesToken:
                message.Headers.TryAddWithoutValidation("X-Auth-Token", run.Secrets.Get(Auth.TokenEnv!, "cce.auth.tokenEnv"));
                break;
            case CceAuthMode.Profile or CceAuthMode.Signature:
                await SignAsync(message, Credentials(), projectId, dateSkew);
                break;
            case CceAuthMode.WrongSignature:
                var good = Credentials();
                await SignAsync(message, good with { SecretKey = good.SecretKey + "-not-the-secret" }, projectId, dateSkew);
                break;
            case CceAuthMode.WrongToken:
                // Shaped like an IAM token so only its value is wrong.
                message.Headers.TryAddWithoutValidation("X-Auth-Token", "MIIConformanceWrongToken" + Guid.NewGuid().ToString("N"));
                break;
        }
    }

    private AkSkCredentials Credentials()
    {
        if (!CanSign)
        {
            throw new FixtureMissingException("cce.auth.akEnv and cce.auth.skEnv");
        }

        return new AkSkCredentials(run.Secrets.Get(Auth.AkEnv!, "cce.auth.akEnv"), run.Secrets.Get(Auth.SkEnv!, "cce.auth.skEnv"));
    }

    private async Task SignAsync(HttpRequestMessage message, AkSkCredentials credentials, string projectId, TimeSpan dateSkew)
    {
        // The SDKs send X-Project-Id with BasicCredentials and sign it; so does the harness.
        message.Headers.TryAddWithoutValidation("X-Project-Id", projectId);
        if (dateSkew != TimeSpan.Zero)
        {
            // The signer keeps an X-Sdk-Date already present, which is how a skewed but well-signed request is made.
            message.Headers.TryAddWithoutValidation(SdkSignature.DateHeader, AkSkSigner.FormatDate(run.Time.GetUtcNow() + dateSkew));
        }

        await new AkSkSigner(credentials, run.Time).SignAsync(message, cancellationToken: run.Cancellation);
    }
}
