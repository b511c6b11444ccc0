using Conformance.Engine.Running;

namespace Conformance.Engine.Fixtures;

/// <summary>
/// Run-wide source of removable nodes (addresses or uids, as the API names them). A scenario borrows nodes and gives back those the
/// target left alone; a node whose removal was accepted is consumed, and comes back only when the profile's restore
/// brings it back (some APIs re-add a node under a new uid). When every node is out, a lease waits for those that may still come
/// back (held by another scenario, or being restored) and is not-run, with the reason, when none can.
/// </summary>
public sealed class NodePool<T> : INodePool
    where T : notnull
{
    private readonly List<T> _free;
    private readonly Dictionary<T, object> _held = [];
    private readonly Dictionary<T, object> _awaitingRestore = [];
    private readonly Lock _gate = new();
    private readonly string _field;
    private readonly bool _restoreConfigured;
    private readonly List<string> _spent = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="field">The profile field listing the nodes, e.g. "x.removable", named in every not-run reason.</param>
    /// <param name="restoreConfigured">Whether a consumed node may come back (the profile's restore).</param>
    public NodePool(IEnumerable<T> nodes, string field, bool restoreConfigured)
    {
        _free = nodes.Distinct().ToList();
        Total = _free.Count;
        _field = field;
        _restoreConfigured = restoreConfigured;
    }

    /// <summary>How many distinct nodes the profile lists.</summary>
    public int Total { get; }

    /// <summary>Nodes the profile lists that came back under another name (a re-added node's new uid): profile name to latest.</summary>
    public IReadOnlyDictionary<T, T> Renamed
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<T, T>(_renamed);
            }
        }
    }

    private readonly Dictionary<T, T> _renamed = [];

    public string Field => _field;

    IReadOnlyDictionary<string, string> INodePool.RenamedNames
    {
        get
        {
            lock (_gate)
            {
                return _renamed.ToDictionary(r => r.Key.ToString()!, r => r.Value.ToString()!);
            }
        }
    }

    /// <summary>Takes <paramref name="count"/> nodes for <paramref name="owner"/>, waiting for nodes that may still come back.</summary>
    public async Task<IReadOnlyList<T>> LeaseAsync(object owner, int count, CancellationToken cancellation)
    {
        if (count > Total)
        {
            throw new FixtureMissingException($"{_field} (at least {count} entries)");
        }

        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_free.Count >= count)
                {
                    var taken = _free.GetRange(0, count);
                    _free.RemoveRange(0, count);
                    foreach (var node in taken)
                    {
                        _held[node] = owner;
                    }

                    return taken;
                }

                // What this scenario holds or removed itself only comes back after it ends: waiting for it would never end.
                var mayComeBack = _held.Count(h => !ReferenceEquals(h.Value, owner))
                    + (_restoreConfigured ? _awaitingRestore.Count(a => !ReferenceEquals(a.Value, owner)) : 0);
                if (_free.Count + mayComeBack < count)
                {
                    throw new NotRunException(SpentReason(count));
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellation);
        }
    }

    /// <summary>Takes a node only if one is free now (never waits); null otherwise.</summary>
    public T? TryLease(object owner)
    {
        lock (_gate)
        {
            if (_free.Count == 0)
            {
                return default;
            }

            var node = _free[0];
            _free.RemoveAt(0);
            _held[node] = owner;
            return node;
        }
    }

    /// <summary>Gives back borrowed nodes the target left alone.</summary>
    public void Return(IEnumerable<T> nodes)
    {
        lock (_gate)
        {
            foreach (var node in nodes.Where(n => _held.Remove(n)))
            {
                _free.Insert(0, node);
            }

            Signal();
        }
    }

    /// <summary>The target accepted a removal of <paramref name="node"/>: it is out until restored.</summary>
    public void Consume(T node)
    {
        lock (_gate)
        {
            if (_held.Remove(node, out var owner))
            {
                _awaitingRestore[node] = owner;
            }

            Signal();
        }
    }

    /// <summary>A consumed node is back (under <paramref name="now"/>, which differs when the API gives a re-added node a new name).</summary>
    public void Restored(T node, T now)
    {
        lock (_gate)
        {
            _awaitingRestore.Remove(node);
            _free.Add(now);
            if (!EqualityComparer<T>.Default.Equals(node, now))
            {
                var original = _renamed.Where(r => EqualityComparer<T>.Default.Equals(r.Value, node)).Select(r => r.Key).DefaultIfEmpty(node).First();
                _renamed[original] = now;
            }

            Signal();
        }
    }

    /// <summary>A consumed node will not come back; <paramref name="why"/> becomes part of the reason later leases are not-run.</summary>
    public void Spent(T node, string why)
    {
        lock (_gate)
        {
            _awaitingRestore.Remove(node);
            _spent.Add($"{node}: {why}");
            Signal();
        }
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private string SpentReason(int count) =>
        NoneLeft(count, Total, _field, _restoreConfigured) + (_spent.Count == 0 ? string.Empty : $"; {_spent[^1]}");

    /// <summary>Why a lease is not-run when the nodes are spent; <c>plan</c> predicts the same words.</summary>
    public static string NoneLeft(int count, int total, string field, bool restoreConfigured) =>
        $"needs {count} removable node(s) and none is left: the {total} listed in {field} were removed by earlier scenarios{(restoreConfigured ? string.Empty : " (restore not configured)")}";
}
