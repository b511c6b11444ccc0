namespace Conformance.Obshell.Stub;

/// <summary>Formats times like Go's RFC3339Nano, which is what obshell's JSON carries.</summary>
/// <remarks>Digits are written by hand: a detailed DAG poll formats some thirty times, and format strings made that a third of the poll's own work.</remarks>
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

        Span<char> text = stackalloc char[35];
        var clock = t.DateTime;
        var n = 0;
        Digits(text, ref n, clock.Year, 4);
        text[n++] = '-';
        Digits(text, ref n, clock.Month, 2);
        text[n++] = '-';
        Digits(text, ref n, clock.Day, 2);
        text[n++] = 'T';
        Digits(text, ref n, clock.Hour, 2);
        text[n++] = ':';
        Digits(text, ref n, clock.Minute, 2);
        text[n++] = ':';
        Digits(text, ref n, clock.Second, 2);

        // Go trims trailing zeros of the fraction and drops it entirely when zero.
        var nanos = clock.Ticks % TimeSpan.TicksPerSecond * 100;
        if (nanos > 0)
        {
            text[n++] = '.';
            Digits(text, ref n, nanos, 9);
            while (text[n - 1] == '0')
            {
                n--;
            }
        }

        if (t.Offset == TimeSpan.Zero)
        {
            text[n++] = 'Z';
        }
        else
        {
            var minutes = (long)t.Offset.TotalMinutes;
            text[n++] = minutes < 0 ? '-' : '+';
            Digits(text, ref n, Math.Abs(minutes) / 60, 2);
            text[n++] = ':';
            Digits(text, ref n, Math.Abs(minutes) % 60, 2);
        }

        return new string(text[..n]);
    }

    private static void Digits(Span<char> text, ref int n, long value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            text[n + i] = (char)('0' + (value % 10));
            value /= 10;
        }

        n += width;
    }
}
