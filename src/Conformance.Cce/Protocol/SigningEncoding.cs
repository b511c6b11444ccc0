using System.Text;

namespace Conformance.Cce.Protocol;

/// <summary>The percent-encoding of the Huawei SDK signer: only A-Za-z0-9-_.~ stay, everything else is %XX upper case.</summary>
public static class SigningEncoding
{
    public static string Escape(string value)
    {
        // Most segments and query parts need no escape at all: no copy for them (the stub escapes every request's path).
        if (value.All(c => c < 128 && IsUnreserved((byte)c)))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (IsUnreserved(b))
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static bool IsUnreserved(byte b) =>
        b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';

    /// <summary>Each segment is decoded then re-encoded, so a client's and a server's view of the same path agree.</summary>
    public static string CanonicalUri(string path)
    {
        // A path of unreserved characters and slashes decodes and encodes to itself (the stub sees one per request).
        if (path.All(c => c == '/' || (c < 128 && IsUnreserved((byte)c))))
        {
            return path.EndsWith('/') ? path : path + "/";
        }

        var segments = path.Split('/').Select(s => Escape(Uri.UnescapeDataString(s)));
        var joined = string.Join("/", segments);
        return joined.EndsWith('/') ? joined : joined + "/";
    }

    public static string CanonicalQuery(string rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery))
        {
            return string.Empty;
        }

        var pairs = rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p =>
            {
                var eq = p.IndexOf('=');
                var key = eq < 0 ? p : p[..eq];
                var value = eq < 0 ? string.Empty : p[(eq + 1)..];
                return (Key: Escape(Uri.UnescapeDataString(key)), Value: Escape(Uri.UnescapeDataString(value)));
            })
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join("&", pairs.Select(p => p.Key + "=" + p.Value));
    }
}
