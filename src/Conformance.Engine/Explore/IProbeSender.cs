using Conformance.Engine.Http;

namespace Conformance.Engine.Explore;

/// <summary>Sends a plaintext probe with fresh credentials, or the auth fault it names.</summary>
public interface IProbeSender : IDisposable
{
    Task<HttpResult> SendAsync(ProbeRequest request, CancellationToken cancellation);
}
