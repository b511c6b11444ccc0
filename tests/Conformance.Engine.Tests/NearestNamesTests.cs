using FluentAssertions;

namespace Conformance.Engine.Tests;

public sealed class NearestNamesTests
{
    [TestCase("removeable", "removable", 1)]
    [TestCase("", "abc", 3)]
    [TestCase("kitten", "sitting", 3)]
    [TestCase("same", "same", 0)]
    public void Edit_distance_counts_single_character_edits(string a, string b, int expected)
    {
        NearestNames.EditDistance(a, b).Should().Be(expected);
        NearestNames.EditDistance(b, a).Should().Be(expected);
    }

    [Test]
    public void Closest_orders_by_distance_then_name()
    {
        NearestNames.Closest("removeable", ["majorityAtRisk", "removable", "restore", "agent"], 2).Should().Equal("removable", "restore");
    }
}
