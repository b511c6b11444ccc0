using System.Text.RegularExpressions;

namespace Conformance.Cce.Explore;

/// <summary>
/// Node uids in a draft are placeholders: "@@rm:K@@" may become the K-th fresh removable uid, "@@un:K@@" is always an
/// unknown one. Which a removable placeholder becomes is decided only once the contract has judged the request.
/// </summary>
public static partial class UidPlaceholders
{
    public static string Removable(int k) => $"@@rm:{k}@@";

    public static string Unknown(int k) => $"@@un:{k}@@";

    /// <summary>Replaces every placeholder; <paramref name="removable"/> returns null when no removable uid may be named.</summary>
    public static string Resolve(string text, Func<int, string?> removable, Func<int, string> unknown, List<string> named) =>
        Pattern().Replace(text, m =>
        {
            var k = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (m.Groups[1].Value == "rm" && removable(k) is { } uid)
            {
                named.Add(uid);
                return uid;
            }

            // Kept apart from the unknown placeholders' own numbers so two distinct placeholders stay distinct uids.
            return m.Groups[1].Value == "rm" ? unknown(1_000_000 + k) : unknown(k);
        });

    [GeneratedRegex("@@(rm|un):([0-9]+)@@")]
    private static partial Regex Pattern();
}
