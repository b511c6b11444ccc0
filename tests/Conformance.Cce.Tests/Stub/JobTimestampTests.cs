using Conformance.Cce.Stub;

namespace Conformance.Cce.Tests.Stub;

public sealed class JobTimestampTests
{
    [Test]
    public void Drops_trailing_zeros_like_go() =>
        JobTimestamp.Format(new DateTimeOffset(2020, 2, 2, 8, 12, 40, TimeSpan.Zero).AddTicks(6727723))
            .Should().Be("2020-02-02 08:12:40.6727723 +0000 UTC");

    [Test]
    public void Whole_seconds_have_no_fraction() =>
        JobTimestamp.Format(new DateTimeOffset(2020, 2, 2, 8, 12, 40, TimeSpan.FromHours(8)))
            .Should().Be("2020-02-02 00:12:40 +0000 UTC");

    [Test]
    public void Fixtures_have_enough_distinct_nodes_and_unknowns_outside_them()
    {
        var f = CceFixtures.Default;
        f.NodeUids.Should().HaveCount(600).And.OnlyHaveUniqueItems();
        f.NodeUids.Should().NotContain(f.UnknownNodeUid);
        f.UnknownClusterId.Should().NotBe(f.ClusterId);
        f.UnknownProjectId.Should().NotBe(f.ProjectId);
    }
}
