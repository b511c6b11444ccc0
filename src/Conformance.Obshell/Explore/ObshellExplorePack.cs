using Conformance.Engine.Explore;
using Conformance.Engine.Running;

namespace Conformance.Obshell.Explore;

/// <summary>obshell's part of explore and replay: the scale-in explorer and its encrypting sender.</summary>
public sealed class ObshellExplorePack : IExplorePack
{
    public IApiExplorer? Create(RunContext run, int maxSpent) => run.Profile.Obshell is null ? null : new ObshellExplorer(run);

    public IProbeSender Sender(RunContext run) => new ObshellSender(run);

    // Every request is encrypted with a fresh key and the password: no shell line can carry that without the secret.
    public string? Curl(Finding finding, RunContext run) => null;
}
