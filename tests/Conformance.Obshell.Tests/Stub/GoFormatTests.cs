using Conformance.Obshell.Stub;

namespace Conformance.Obshell.Tests.Stub;

public class GoFormatTests
{
    [Test]
    public void Go_time_trims_fraction_and_writes_offsets()
    {
        GoTime.Format(null).Should().Be("0001-01-01T00:00:00Z");
        GoTime.Format(new DateTimeOffset(2024, 12, 23, 19, 38, 38, TimeSpan.FromHours(8))).Should().Be("2024-12-23T19:38:38+08:00");
        GoTime.Format(new DateTimeOffset(2024, 12, 23, 19, 38, 38, 100, TimeSpan.Zero)).Should().Be("2024-12-23T19:38:38.1Z");
        GoTime.Format(new DateTimeOffset(2024, 12, 23, 19, 38, 38, TimeSpan.FromHours(-5)).AddTicks(1)).Should().Be("2024-12-23T19:38:38.0000001-05:00");
    }

    [Test]
    public void Go_time_pads_every_field_and_writes_any_offset()
    {
        GoTime.Format(new DateTimeOffset(7, 1, 2, 3, 4, 5, TimeSpan.Zero)).Should().Be("0007-01-02T03:04:05Z");
        GoTime.Format(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999)).Should().Be("9999-12-31T23:59:59.9999999Z");
        GoTime.Format(new DateTimeOffset(2024, 1, 2, 3, 4, 5, new TimeSpan(-3, -30, 0)).AddTicks(1_200_000)).Should().Be("2024-01-02T03:04:05.12-03:30");
        GoTime.Format(new DateTimeOffset(2024, 1, 2, 3, 4, 5, new TimeSpan(14, 0, 0)).AddTicks(10)).Should().Be("2024-01-02T03:04:05.000001+14:00");
    }

    [Test]
    public void Go_time_agrees_with_a_format_string_rendering_of_the_same_instant()
    {
        // Any instant and offset: the digits written by hand against .NET's own formatting of the same fields.
        var random = new Random(20261125);
        for (var i = 0; i < 2_000; i++)
        {
            var offset = TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1));
            var ticks = random.NextInt64(DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay);
            var t = new DateTimeOffset(ticks, offset);
            var fraction = (t.Ticks % TimeSpan.TicksPerSecond).ToString("D7", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0');
            var expected = t.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
                + (fraction.Length > 0 ? "." + fraction : string.Empty)
                + (offset == TimeSpan.Zero ? "Z" : t.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture));
            GoTime.Format(t).Should().Be(expected, "ticks {0}, offset {1}", ticks, offset);
        }
    }

    [TestCase("11", 1L)]
    [TestCase("1123", 123L)]
    [TestCase("25", -1L)]
    [TestCase("1", null)]
    [TestCase("", null)]
    [TestCase("31", null)]
    [TestCase("1a", null)]
    [TestCase("1-1", null)]
    public void Generic_ids(string id, long? dagId)
    {
        GenericId.TryParseDagId(id).Should().Be(dagId);
    }
}
