namespace Conformance.Obshell.Stub;

/// <summary>An observer/agent address as obshell's agent_info carries it.</summary>
public readonly record struct NodeAddress(string Ip, int Port)
{
    public override string ToString() => $"{Ip}:{Port}";
}
