using System.Net;
using Conformance.Cce.Tests.Support;

namespace Conformance.Cce.Tests.Stub;

/// <summary>Parallel removals over HTTP: one node is removed once, different nodes all are, and the state stays whole.</summary>
[TestFixture]
public sealed class ConcurrencyTests : StubTestBase
{
    [Test]
    public async Task Fifty_parallel_removals_of_one_node_give_exactly_one_acceptance()
    {
        var uid = F.NodeUids[0];

        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => RemoveAsync(Body([uid]))));

        replies.Count(r => r.Status == HttpStatusCode.OK).Should().Be(1);
        replies.Where(r => r.Status != HttpStatusCode.OK).Should().OnlyContain(r => r.Status == HttpStatusCode.TooManyRequests || r.Status == HttpStatusCode.NotFound);
        Stub.JobCount.Should().Be(1);
        var job = replies.Single(r => r.Status == HttpStatusCode.OK).At("status.jobID")!;
        (await PollToSuccessAsync(job)).Should().EndWith("Success");
        Stub.CurrentNodes().Should().NotContain(uid).And.HaveCount(F.NodeUids.Count - 1);
    }

    [Test]
    public async Task Fifty_parallel_removals_of_different_nodes_all_succeed()
    {
        var uids = F.NodeUids.Take(50).ToList();

        var replies = await Task.WhenAll(uids.Select(u => RemoveAsync(Body([u]))));

        replies.Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        var jobs = replies.Select(r => r.At("status.jobID")!).ToList();
        jobs.Should().OnlyHaveUniqueItems();
        await Task.WhenAll(jobs.Select(async j => (await PollToSuccessAsync(j)).Should().EndWith("Success")));
        Stub.JobCount.Should().Be(50);
        Stub.CurrentNodes().Should().BeEquivalentTo(F.NodeUids.Skip(50));
    }

    [Test]
    public async Task Overlapping_parallel_removals_never_remove_a_node_twice()
    {
        // 10 nodes, each asked for 5 times at once, some requests naming two nodes: every node is in at most one job.
        var requests = Enumerable.Range(0, 50).Select(i => i % 3 == 0 ? new[] { F.NodeUids[i % 10], F.NodeUids[(i + 1) % 10] } : [F.NodeUids[i % 10]]);

        var replies = await Task.WhenAll(requests.Select(u => RemoveAsync(Body(u))));

        var accepted = replies.Where(r => r.Status == HttpStatusCode.OK).ToList();
        var removed = accepted.SelectMany(r => r.Json!["spec"]!["nodes"]!.AsArray().Select(n => (string)n!["uid"]!)).ToList();
        removed.Should().OnlyHaveUniqueItems().And.BeSubsetOf(F.NodeUids.Take(10));
        replies.Should().OnlyContain(r => r.Status == HttpStatusCode.OK || r.Status == HttpStatusCode.TooManyRequests);
        await Task.WhenAll(accepted.Select(r => PollToSuccessAsync(r.At("status.jobID")!)));
        Stub.CurrentNodes().Should().HaveCount(F.NodeUids.Count - removed.Count).And.NotIntersectWith(removed);
    }
}
