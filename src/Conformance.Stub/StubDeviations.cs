using Conformance.Engine;
using Conformance.Engine.Catalogue;
using Conformance.Engine.Packs;
using Conformance.Packs;

namespace Conformance.Stub;

/// <summary>Every deviation mode of the reference stub, every pack's, with name checking for the host and the CLI.</summary>
public static class StubDeviations
{
    /// <summary>The shipped packs' deviation modes.</summary>
    public static IReadOnlyList<StubDeviation> All { get; } = Of(ApiPacks.All);

    public static IReadOnlyList<StubDeviation> Of(PackList packs) => [.. packs.SelectMany(p => p.Stub.Deviations)];

    /// <summary>The names as a set; throws an <see cref="ArgumentException"/> listing the known names when one is unknown.</summary>
    public static IReadOnlySet<string> Validate(IEnumerable<string>? names, PackList? packs = null)
    {
        var all = packs is null ? All : Of(packs);
        var set = new HashSet<string>(names ?? [], StringComparer.Ordinal);
        var unknown = set.Where(n => all.All(d => d.Name != n)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"unknown deviation(s) {string.Join(", ", unknown)}; known: {string.Join(", ", all.Select(d => d.Name))}", nameof(names));
        }

        return set;
    }

    /// <summary>The known names nearest to <paramref name="name"/> by edit distance, nearest first.</summary>
    public static IReadOnlyList<string> Closest(string name, int count = 3, PackList? packs = null) =>
        NearestNames.Closest(name, (packs is null ? All : Of(packs)).Select(d => d.Name), count);
}
