using Conformance.Cce.Stub;
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
    public static IReadOnlyList<string> Closest(string name, int count = 3) =>
        [.. All.Select(d => d.Name).OrderBy(n => EditDistance(name, n)).ThenBy(n => n, StringComparer.Ordinal).Take(count)];

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
