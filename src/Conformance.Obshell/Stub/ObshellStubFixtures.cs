using Conformance.Obshell.Profiles;
using Conformance.Engine.Profiles;

namespace Conformance.Obshell.Stub;

/// <summary>The fixture set the reference stub is built on, for writing a target profile.</summary>
public sealed record ObshellStubFixtures(
    NodeAddress Agent,
    IReadOnlyList<NodeAddress> Removable,
    NodeAddress NonMember,
    NodeAddress MajorityAtRisk,
    string AgentPassword,
    string RootPassword)
{
    public const int DefaultPort = 2886;

    /// <summary>
    /// Agent 10.10.10.1; members 10.10.10.2..60. Removable lists the page's example 10.10.10.4 first and leaves out
    /// 10.10.10.3, the node whose forced removal would cost a log stream its majority.
    /// </summary>
    public static ObshellStubFixtures Default { get; } = new(
        new NodeAddress("10.10.10.1", DefaultPort),
        [new NodeAddress("10.10.10.4", DefaultPort), new NodeAddress("10.10.10.2", DefaultPort),
            .. Enumerable.Range(5, 56).Select(i => new NodeAddress($"10.10.10.{i}", DefaultPort))],
        new NodeAddress("10.10.99.99", DefaultPort),
        new NodeAddress("10.10.10.3", DefaultPort),
        "agent-Passw0rd",
        "root-Passw0rd");

    /// <summary>Every cluster member: the agent, the majority-at-risk node and the removable ones.</summary>
    public IReadOnlyList<NodeAddress> Members => [Agent, MajorityAtRisk, .. Removable];
}
