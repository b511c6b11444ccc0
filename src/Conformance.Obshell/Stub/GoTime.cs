using System.Globalization;

namespace Conformance.Obshell.Stub;

/// <summary>Formats times like Go's RFC3339Nano, which is what obshell's JSON carries.</summary>
internal static class GoTime
{
    /// <summary>Go's zero time.Time, sent for a DAG that has not started or ended.</summary>
    public const string Zero = "0001-01-01T00:00:00Z";

    public static string Format(DateTimeOffset? time)
    {
        if (time is not { } t)
        {
            return Zero;
        }

        var text = t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var nanos = t.Ticks % TimeSpan.TicksPerSecond * 100;
        // Go trims trailing zeros of the fraction and drops it entirely when zero.
        if (nanos > 0)
        {
            text += "." + nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        }

        return text + (t.Offset == TimeSpan.Zero ? "Z" : t.ToString("zzz", CultureInfo.InvariantCulture));
    }
}
