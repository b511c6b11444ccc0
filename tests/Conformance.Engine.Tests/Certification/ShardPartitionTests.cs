using Conformance.Engine.Features;
using Conformance.Engine.Running;
using FluentAssertions;

namespace Conformance.Engine.Tests.Certification;

public sealed class ShardPartitionTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(7)]
    public void The_shards_of_a_suite_partition_it_deterministically(int count)
    {
        var cases = FeatureLoader.Load(DemoSuite.Root).Cases;
        var keys = Enumerable.Range(0, 200).Select(i => $"features/x/{i}.feature:{i % 13}:case {i}")
            .Concat(cases.Select(c => c.Key)).ToList();

        var owners = keys.Select(k => Enumerable.Range(1, count).Where(i => new Shard(i, count).Contains(k)).ToList()).ToList();

        owners.Should().OnlyContain(o => o.Count == 1, "every case is in exactly one shard");
        keys.Select(k => Enumerable.Range(1, count).Single(i => new Shard(i, count).Contains(k)))
            .Should().Equal(owners.Select(o => o[0]), "the split is the same on every call");
        var selected = Enumerable.Range(1, count).SelectMany(i => Scope.Select(cases, new RunOptions { Shard = new Shard(i, count) })).ToList();
        selected.Select(c => c.Key).Should().BeEquivalentTo(cases.Select(c => c.Key)).And.OnlyHaveUniqueItems();
    }

    [Test]
    public void The_shard_reads_back_as_it_was_given() => Shard.Parse("2/4").ToString().Should().Be("2/4");
}
