using Conformance.Engine.Explore;
using Conformance.Engine.Explore.Output;
using Conformance.Engine.Running;

namespace Conformance.Cce.Explore;

/// <summary>CCE's part of explore and replay: the RemoveNode explorer, its signing sender, and a curl line for token profiles.</summary>
public sealed class CceExplorePack : IExplorePack
{
    public IApiExplorer? Create(RunContext run, int maxSpent) => run.Profile.Cce is null ? null : new CceExplorer(run, maxSpent);

    public IProbeSender Sender(RunContext run) => new CceSender(run);

    // A signature needs the secret key and a fault's credentials are built by the sender: only a token profile's valid
    // request has a line whose secret can stay an environment variable.
    public string? Curl(Finding finding, RunContext run) =>
        run.Profile.Cce is { Auth.TokenEnv: { } tokenEnv } cce && finding.Request.Method != "-" && finding.Request.Fault is null
            ? CurlLine.For(finding.Request, cce.BaseUrl, tokenEnv)
            : null;
}
