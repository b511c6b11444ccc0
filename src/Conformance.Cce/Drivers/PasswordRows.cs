using Conformance.Cce.Protocol;

namespace Conformance.Cce.Drivers;

/// <summary>Checks a password row against the harness's own reading of the page's rules, so wrong suite data fails as such.</summary>
public static class PasswordRows
{
    /// <summary>The username cell meaning "send no username" (the server's default, root, applies).</summary>
    public const string Omitted = "(omitted)";

    public static string? Username(string cell) => cell == Omitted ? null : cell;

    public static void ExpectBroken(string password, string rule, string usernameCell)
    {
        var actual = PasswordPolicy.Check(password, Username(usernameCell));
        var expected = Parse(rule);
        if (actual != expected)
        {
            throw new InvalidOperationException(
                $"suite error: the row password '{password}' (user {usernameCell}) should break '{rule}' but the page's rules give {actual}");
        }
    }

    public static void ExpectStrong(string password, string usernameCell)
    {
        var actual = PasswordPolicy.Check(password, Username(usernameCell));
        if (actual != PasswordRule.None)
        {
            throw new InvalidOperationException($"suite error: the row password '{password}' (user {usernameCell}) should be strong but breaks {actual}");
        }
    }

    private static PasswordRule Parse(string rule) => rule switch
    {
        "too short" => PasswordRule.TooShort,
        "too long" => PasswordRule.TooLong,
        "too few character classes" => PasswordRule.TooFewCharacterClasses,
        "contains the username" => PasswordRule.ContainsUsername,
        "contains the reversed username" => PasswordRule.ContainsReversedUsername,
        _ => throw new InvalidOperationException($"suite error: unknown password rule '{rule}'"),
    };
}
