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
