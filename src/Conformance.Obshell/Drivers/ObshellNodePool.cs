using Conformance.Engine.Profiles;
using Conformance.Engine.Running;

namespace Conformance.Obshell.Drivers;

/// <summary>Run-wide: hands each scenario removable nodes no other scenario has removed.</summary>
public sealed class ObshellNodePool(IEnumerable<NodeAddress> removable)
{
    private readonly LinkedList<NodeAddress> _free = new(removable);
    private readonly Lock _gate = new();

    public NodeAddress Lease()
    {
        lock (_gate)
        {
            if (_free.First is not { } first)
            {
                throw new FixtureMissingException("obshell.removable (more entries)");
            }

            _free.RemoveFirst();
            return first.Value;
        }
    }

    /// <summary>Gives back a node no DAG was started for, so the next scenario can use it.</summary>
    public void Return(NodeAddress node)
    {
        lock (_gate)
        {
            _free.AddFirst(node);
        }
    }
}
