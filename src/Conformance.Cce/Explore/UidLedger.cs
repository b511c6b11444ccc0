using Conformance.Engine.Profiles;

namespace Conformance.Cce.Explore;

/// <summary>
/// The node economy: removable uids are named only in requests the contract says must be refused, and a uid whose
/// request was accepted anyway is spent (never named again). Against a real cluster one spent node ends their use.
/// </summary>
public sealed class UidLedger(CceProfile profile, int maxSpent)
{
    private readonly HashSet<string> _spent = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Spends the uids a request named unless it was refused with a 4xx: a 2xx may have removed them, and after a 5xx or
    /// any other answer their state is unknown (the rule the suite's CceDriver applies to its node pool).
    /// </summary>
    public void Answered(IEnumerable<string> uids, int status)
    {
        if (status is < 400 or > 499)
        {
            _spent.UnionWith(uids);
        }
    }
}
