using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Conformance.Cce.Protocol;

/// <summary>CCE's "salted" password: base64 of a SHA-512 crypt string, as Terraform's PasswordEncrypt makes it.</summary>
public static class SaltedPassword
{
    public const int SaltLength = 16;
    private const string SaltAlphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>Salts <paramref name="plaintext"/>; a random 16-char [0-9a-zA-Z] salt unless one is given (for reproducible tests).</summary>
    public static string Create(string plaintext, string? salt = null)
    {
        salt ??= NewSalt();
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(Sha512Crypt.Hash(plaintext, Sha512Crypt.Prefix + salt)));
    }

    public static string NewSalt() => RandomNumberGenerator.GetString(SaltAlphabet, SaltLength);

    /// <summary>Whether the value is base64 that decodes to a well-formed `$6$salt$hash` string.</summary>
    public static bool IsSalted(string? value) => TryDecode(value, out _);

    public static bool TryDecode(string? value, [NotNullWhen(true)] out string? cryptString)
    {
        cryptString = null;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var buffer = new byte[value.Length];
        if (!Convert.TryFromBase64String(value, buffer, out var written))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, true).GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        if (!Sha512Crypt.IsWellFormed(decoded))
        {
            return false;
        }

        cryptString = decoded;
        return true;
    }

    /// <summary>Whether a salted value is the salted form of <paramref name="plaintext"/>.</summary>
    public static bool Matches(string plaintext, string salted) =>
        TryDecode(salted, out var crypt) && Sha512Crypt.Verify(plaintext, crypt);
}
