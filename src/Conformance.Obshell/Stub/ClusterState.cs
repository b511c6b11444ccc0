using Conformance.Obshell.Profiles;
using Conformance.Engine.Profiles;

namespace Conformance.Obshell.Stub;

/// <summary>Membership, SINGLE agents, identity and DAGs; every access goes through <see cref="Gate"/>.</summary>
internal sealed class ClusterState(ObshellStubFixtures fixtures, AgentIdentity initialIdentity)
{
    private readonly AgentIdentity _initialIdentity = initialIdentity;
    private readonly HashSet<NodeAddress> _initialMembers = [.. fixtures.Members];
    private readonly HashSet<NodeAddress> _members = [.. fixtures.Members];
    // Nodes a finished scale-in turned back into SINGLE agents: the ones a scale-out may add again.
    private readonly HashSet<NodeAddress> _singles = [];
    private readonly Dictionary<long, ClusterDag> _dags = [];
    // Ids keep growing across Reset so a stale poll from an earlier scenario never hits a new DAG.
    private long _nextDagId = 1;
    private long _nextNodeId = 1;

    public Lock Gate { get; } = new();

    public AgentIdentity Identity { get; set; } = initialIdentity;

    public IReadOnlyList<NodeAddress> Members => [.. _members.OrderBy(m => m.Ip, StringComparer.Ordinal).ThenBy(m => m.Port)];

    public bool IsMember(NodeAddress node) => _members.Contains(node);

    public bool IsSingle(NodeAddress node) => _singles.Contains(node);

    /// <summary>A member of the initial cluster: the only nodes the control route may bring back.</summary>
    public bool WasMember(NodeAddress node) => _initialMembers.Contains(node);

    /// <summary>The DAG holding the maintenance lock: any DAG not yet SUCCEED or FAILED.</summary>
    public ClusterDag? ActiveDag => _dags.Values.FirstOrDefault(d => !d.IsTerminal);

    /// <summary>Every DAG still running; more than one only when a deviation drops the maintenance lock.</summary>
    public IEnumerable<ClusterDag> ActiveDags => _dags.Values.Where(d => !d.IsTerminal);

    public int DagCount => _dags.Count;

    public ClusterDag? Find(long dagId) => _dags.GetValueOrDefault(dagId);

    public ClusterDag CreateDag(NodeAddress target, DagPlan plan, DateTimeOffset now)
    {
        var dag = new ClusterDag(_nextDagId++, _nextNodeId, target, plan, now);
        _nextNodeId += dag.Stages.Count;
        _dags[dag.DagId] = dag;
        return dag;
    }

    /// <summary>The node's observer is gone and its agent is SINGLE again, as after a real scale-in and host cleaning.</summary>
    public void Leave(NodeAddress node)
    {
        if (_members.Remove(node))
        {
            _singles.Add(node);
        }
    }

    public void Join(NodeAddress node)
    {
        _members.Add(node);
        _singles.Remove(node);
    }

    public void Reset()
    {
        _members.Clear();
        _members.UnionWith(fixtures.Members);
        _singles.Clear();
        _dags.Clear();
        Identity = _initialIdentity;
    }
}
