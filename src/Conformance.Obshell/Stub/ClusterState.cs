using Conformance.Engine.Profiles;

namespace Conformance.Obshell.Stub;

/// <summary>Membership, identity and DAGs; every access goes through <see cref="Gate"/>.</summary>
internal sealed class ClusterState(ObshellStubFixtures fixtures, AgentIdentity initialIdentity)
{
    private readonly AgentIdentity _initialIdentity = initialIdentity;
    private readonly HashSet<NodeAddress> _members = [.. fixtures.Members];
    private readonly Dictionary<long, ScaleInDag> _dags = [];
    // Ids keep growing across Reset so a stale poll from an earlier scenario never hits a new DAG.
    private long _nextDagId = 1;
    private long _nextNodeId = 1;

    public Lock Gate { get; } = new();

    public AgentIdentity Identity { get; set; } = initialIdentity;

    public IReadOnlyList<NodeAddress> Members => [.. _members.OrderBy(m => m.Ip, StringComparer.Ordinal).ThenBy(m => m.Port)];

    public bool IsMember(NodeAddress node) => _members.Contains(node);

    /// <summary>The DAG holding the maintenance lock: any DAG not yet SUCCEED or FAILED.</summary>
    public ScaleInDag? ActiveDag => _dags.Values.FirstOrDefault(d => !d.IsTerminal);

    public int DagCount => _dags.Count;

    public ScaleInDag? Find(long dagId) => _dags.GetValueOrDefault(dagId);

    public ScaleInDag CreateDag(NodeAddress target, bool forceKill)
    {
        var dag = new ScaleInDag(_nextDagId++, _nextNodeId, target, forceKill);
        _nextNodeId += dag.Stages.Count;
        _dags[dag.DagId] = dag;
        return dag;
    }

    public void Leave(NodeAddress node) => _members.Remove(node);

    public void Reset()
    {
        _members.Clear();
        _members.UnionWith(fixtures.Members);
        _dags.Clear();
        Identity = _initialIdentity;
    }
}
