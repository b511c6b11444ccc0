using System.Collections.Concurrent;
using System.Text;

namespace Conformance.Engine.Secrets;

/// <summary>Replaces every known secret, raw or base64-encoded, with a mask before text reaches a log or a report.</summary>
public sealed class SecretMasker
{
    public const string Mask = "***";

    /// <summary>Headers whose value is a credential whatever it contains.</summary>
    public static readonly IReadOnlySet<string> CredentialHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "X-Auth-Token", "X-OCS-Header", "X-OCS-Agent-Header", "X-Subject-Token", "Cookie", "Set-Cookie",
    };

    private readonly ConcurrentDictionary<string, byte> _secrets = new();
    private readonly Lock _gate = new();

    // Longest first, rebuilt when a secret is added: every header and body of every exchange is masked, and
    // reading a ConcurrentDictionary's keys takes all its locks and copies them.
    private volatile string[] _ordered = [];

    public void Add(string secret)
    {
        // Very short values would mask ordinary words; no real credential is that short.
        if (secret.Length < 4)
        {
            return;
        }

        var added = _secrets.TryAdd(secret, 0);
        added |= _secrets.TryAdd(Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)), 0);
        if (added)
        {
            lock (_gate)
            {
                _ordered = [.. _secrets.Keys.OrderByDescending(s => s.Length)];
            }
        }
    }

    public string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in _ordered)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    public string ApplyHeader(string name, string value) => CredentialHeaders.Contains(name) ? Mask : Apply(value);
}
