using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Conformance.Cce.Protocol;

/// <summary>SHA-512 crypt (`$6$[rounds=N$]salt$hash`) as published by Ulrich Drepper.</summary>
public static class Sha512Crypt
{
    public const string Prefix = "$6$";
    public const int DefaultRounds = 5000;
    public const int MinRounds = 1000;
    public const int MaxRounds = 999_999_999;
    public const int MaxSaltLength = 16;

    /// <summary>Hashes <paramref name="password"/> with the salt and rounds of <paramref name="setting"/> (a full crypt string works too).</summary>
    public static string Hash(string password, string setting) => Hash(password, setting, allowNative: true);

    /// <summary>As <see cref="Hash(string, string)"/>; tests compare the system's crypt with the managed one through this.</summary>
    internal static string Hash(string password, string setting, bool allowNative)
    {
        if (!setting.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException("A SHA-512 crypt setting starts with $6$.", nameof(setting));
        }

        var rest = setting[Prefix.Length..];
        var rounds = DefaultRounds;
        var customRounds = false;
        const string roundsPrefix = "rounds=";
        if (rest.StartsWith(roundsPrefix, StringComparison.Ordinal))
        {
            var end = rest.IndexOf('$');
            // Drepper: a malformed rounds= is not a rounds field but part of the salt.
            if (end > roundsPrefix.Length && ulong.TryParse(rest.AsSpan(roundsPrefix.Length, end - roundsPrefix.Length),
                    NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                rounds = (int)Math.Clamp(parsed, MinRounds, MaxRounds);
                customRounds = true;
                rest = rest[(end + 1)..];
            }
        }

        var saltEnd = rest.IndexOf('$');
        var salt = saltEnd < 0 ? rest : rest[..saltEnd];
        if (salt.Length > MaxSaltLength)
        {
            salt = salt[..MaxSaltLength];
        }

        var normalized = Prefix + (customRounds ? $"rounds={rounds.ToString(CultureInfo.InvariantCulture)}$" : string.Empty) + salt;
        if (allowNative && SystemCrypt.TryHash(password, normalized) is { } native)
        {
            return native;
        }

        var hash = Sha512CryptCore.Compute(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(salt), rounds);
        return normalized + "$" + CryptBase64.EncodeSha512(hash);
    }

    /// <summary>Whether <paramref name="cryptString"/> is the hash of <paramref name="password"/>.</summary>
    public static bool Verify(string password, string cryptString)
    {
        if (!IsWellFormed(cryptString))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(password, cryptString)), Encoding.ASCII.GetBytes(cryptString));
    }

    /// <summary>The shape of a SHA-512 crypt string: `$6$`, optional `rounds=N$`, a salt of 1-16 chars without '$', `$`, 86 hash chars.</summary>
    public static bool IsWellFormed(string value)
    {
        if (!value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = value[Prefix.Length..].Split('$');
        if (parts.Length == 3 && parts[0].StartsWith("rounds=", StringComparison.Ordinal)
            && int.TryParse(parts[0].AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            parts = parts[1..];
        }

        return parts.Length == 2
            && parts[0].Length is >= 1 and <= MaxSaltLength
            && parts[1].Length == 86
            && parts[1].All(CryptBase64.IsAlphabet);
    }
}
