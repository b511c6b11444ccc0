using Conformance.Engine.Profiles;
using Conformance.Engine.Running;

namespace Conformance.Cce.Drivers;

/// <summary>
/// Run-wide source of removable node uids: every scenario gets uids no other scenario had, so scenarios never
/// collide on a node; uids only ever refused (4xx) come back, since the target left those nodes untouched.
/// </summary>
public sealed class CceNodePool(CceProfile profile)
{
    private readonly object sync = new();
    private readonly List<string> free = profile.RemovableNodeUids.Distinct(StringComparer.Ordinal).ToList();

    /// <summary>How many distinct removable uids the profile lists.</summary>
    public int Total { get; } = profile.RemovableNodeUids.Distinct(StringComparer.Ordinal).Count();

    public IReadOnlyList<string> Take(int count)
    {
        lock (sync)
        {
            if (count > free.Count)
            {
                throw new FixtureMissingException("cce.removableNodeUids (more entries)");
            }

            var taken = free.GetRange(0, count);
            free.RemoveRange(0, count);
            return taken;
        }
    }

    /// <summary>Gives back uids whose requests were all refused: those nodes are still there and idle.</summary>
    public void Return(IEnumerable<string> uids)
    {
        lock (sync)
        {
            free.AddRange(uids.Where(u => !free.Contains(u, StringComparer.Ordinal)));
        }
    }
}
