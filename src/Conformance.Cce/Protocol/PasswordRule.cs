namespace Conformance.Cce.Protocol;

/// <summary>The first plaintext password rule a password breaks, or <see cref="None"/>.</summary>
public enum PasswordRule
{
    None,
    TooShort,
    TooLong,
    TooFewCharacterClasses,
    ContainsUsername,
    ContainsReversedUsername,
}
