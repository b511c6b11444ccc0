namespace Conformance.Engine;

/// <summary>The known names nearest to a mistyped one, so an error can offer the closest alternative.</summary>
public static class NearestNames
{
    /// <summary>The <paramref name="count"/> candidates nearest to <paramref name="name"/> by edit distance, nearest first (ties in ordinal order).</summary>
    public static IReadOnlyList<string> Closest(string name, IEnumerable<string> candidates, int count = 3) =>
        [.. candidates.OrderBy(c => EditDistance(name, c)).ThenBy(c => c, StringComparer.Ordinal).Take(count)];

    /// <summary>The Levenshtein distance: how many single-character insertions, deletions or substitutions turn one into the other.</summary>
    public static int EditDistance(string a, string b)
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
