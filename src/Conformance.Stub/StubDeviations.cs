using Conformance.Cce.Stub;
using Conformance.Engine;
using Conformance.Engine.Catalogue;
using Conformance.Obshell.Stub;

namespace Conformance.Stub;

/// <summary>Every deviation mode of the reference stub, both APIs, with name checking for the host and the CLI.</summary>
public static class StubDeviations
{
    public static IReadOnlyList<StubDeviation> All { get; } = [.. ObshellDeviations.All, .. CceDeviations.All];

    /// <summary>The names as a set; throws an <see cref="ArgumentException"/> listing the known names when one is unknown.</summary>
    public static IReadOnlySet<string> Validate(IEnumerable<string>? names)
    {
        var set = new HashSet<string>(names ?? [], StringComparer.Ordinal);
        var unknown = set.Where(n => All.All(d => d.Name != n)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"unknown deviation(s) {string.Join(", ", unknown)}; known: {string.Join(", ", All.Select(d => d.Name))}", nameof(names));
        }

        return set;
    }

    /// <summary>The known names nearest to <paramref name="name"/> by edit distance, nearest first.</summary>
    public static IReadOnlyList<string> Closest(string name, int count = 3) => NearestNames.Closest(name, All.Select(d => d.Name), count);
}
