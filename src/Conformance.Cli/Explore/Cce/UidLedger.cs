using Conformance.Engine.Profiles;

namespace Conformance.Cli.Explore.Cce;

/// <summary>
/// The node economy: removable uids are named only in requests the contract says must be refused, and a uid whose
/// request was accepted anyway is spent (never named again). Against a real cluster one spent node ends their use.
/// </summary>
public sealed class UidLedger(CceProfile profile, int maxSpent)
{
    private readonly HashSet<string> _spent = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Spent => _spent;

    /// <summary>The K-th unspent removable uid, or null when none may be named any more.</summary>
    public string? Removable(int k)
    {
        if (_spent.Count >= maxSpent)
        {
            return null;
        }

        var fresh = profile.RemovableNodeUids.Where(u => !_spent.Contains(u)).ToList();
        return fresh.Count == 0 ? null : fresh[k % fresh.Count];
    }

    public string Unknown(int k) => k == 0 && profile.UnknownNodeUid is { } u
        ? u
        : $"e0a1b2c3-0000-4000-8000-{k:x12}";

    public void Spend(IEnumerable<string> uids) => _spent.UnionWith(uids);
}
