using Conformance.Obshell.Profiles;
using Conformance.Engine.Profiles;

namespace Conformance.Obshell.Stub;

/// <summary>What every handler shares: options, state, authentication and the envelope.</summary>
internal sealed record StubServices(
    ObshellStubOptions Options,
    ClusterState State,
    RequestAuthenticator Auth,
    EnvelopeWriter Envelope,
    string PublicKeyBase64)
{
    public DagProgress Progress { get; } = new(State, Options);

    public TimeProvider Time => Options.TimeProvider;
    public NodeAddress Agent => Options.Fixtures.Agent;

    public bool Deviates(string deviation) => Options.Deviations.Contains(deviation);

    public AgentIdentity CurrentIdentity()
    {
        lock (State.Gate)
        {
            return State.Identity;
        }
    }
}
