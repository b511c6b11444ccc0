using Conformance.Engine.Http;
using CsCheck;

namespace Conformance.Engine.Explore;

/// <summary>What the explorer needs from one API: a generator, how a draft becomes a request, the checks, and a liveness probe.</summary>
public interface IApiExplorer
{
    string Api { get; }

    Gen<Draft> Cases { get; }

    /// <summary>Every check this API's answers go through, for the JUnit report (one testcase each).</summary>
    IReadOnlyList<string> Checks { get; }

    /// <summary>The request as it will be sent; null when the node guard refuses to send it (it could remove a node).</summary>
    ProbeRequest? Render(Draft draft);

    Task<HttpResult> SendAsync(ProbeRequest request, CancellationToken cancellation);

    IReadOnlyList<Violation> Judge(ProbeRequest request, HttpResult answer);

    /// <summary>After the exploration: one request that a live, conformant server answers; null when it did.</summary>
    Task<Violation?> LivenessAsync(CancellationToken cancellation);
}
