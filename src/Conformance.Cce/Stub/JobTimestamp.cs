using System.Globalization;

namespace Conformance.Cce.Stub;

/// <summary>Go's default time layout, which CCE job timestamps use: `2020-02-02 08:12:40.672772389 +0000 UTC`.</summary>
public static class JobTimestamp
{
    public static string Format(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        // .NET keeps 7 fraction digits, Go prints up to 9 and drops trailing zeros (layout .999999999).
        var fraction = (utc.Ticks % TimeSpan.TicksPerSecond * 100).ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        return utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            + (fraction.Length > 0 ? "." + fraction : string.Empty)
            + " +0000 UTC";
    }
}
