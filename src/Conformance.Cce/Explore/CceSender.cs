using System.Text;
using Conformance.Cce.Drivers;
using Conformance.Engine.Explore;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;

namespace Conformance.Cce.Explore;

/// <summary>Sends a plaintext probe to CCE with the profile's credentials (token or a fresh SDK-HMAC-SHA256 signature around the body as sent), or the auth fault it names.</summary>
public sealed class CceSender(RunContext run) : IProbeSender
{
    private readonly RequestAuthenticator _auth = new(run);

    private CceProfile Profile => run.Profile.Cce!;

    public static string RemovePath(string projectId, string clusterId) =>
        $"/api/v3/projects/{projectId}/clusters/{clusterId}/nodes/operation/remove";

    public async Task<HttpResult> SendAsync(ProbeRequest probe, CancellationToken cancellation)
    {
        using var message = new HttpRequestMessage(new HttpMethod(probe.Method), Profile.BaseUrl.TrimEnd('/') + probe.Path);
        if (probe.Body is not null || probe.ContentType is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(probe.Body ?? string.Empty));
            if (probe.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", probe.ContentType);
            }
        }

        foreach (var (name, value) in probe.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        var (mode, skew) = CceAuthFaults.Mode(probe.Fault);
        await _auth.ApplyAsync(message, mode, Profile.ProjectId, skew);
        return await run.Http.SendAsync(message, cancellation);
    }

    // Nothing to release: the HTTP client is the run's, and credentials are read afresh for every request.
    public void Dispose()
    {
    }
}
