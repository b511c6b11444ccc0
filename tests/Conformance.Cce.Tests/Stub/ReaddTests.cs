using System.Net;
using Conformance.Cce.Tests.Support;

namespace Conformance.Cce.Tests.Stub;

/// <summary><c>CceStub.Readd</c>: what the control route behind a user's restore command does to the stub's cluster.</summary>
public sealed class ReaddTests : StubTestBase
{
    [Test]
    public async Task A_removed_node_comes_back_under_a_new_uid_that_can_be_removed_again()
    {
        var uid = F.NodeUids[0];
        await PollToSuccessAsync((await RemoveAsync(Body([uid]))).At("status.jobID")!);

        var fresh = Stub.Readd(uid);

        fresh.Should().NotBeNullOrEmpty().And.NotBe(uid);
        Stub.CurrentNodes().Should().Contain(fresh).And.NotContain(uid);
        (await RemoveAsync(Body([uid]))).Status.Should().Be(HttpStatusCode.NotFound, "the old uid stays gone");
        var again = await RemoveAsync(Body([fresh!]));
        again.Status.Should().Be(HttpStatusCode.OK);
        (await PollToSuccessAsync(again.At("status.jobID")!)).Should().EndWith("Success");
        Stub.CurrentNodes().Should().NotContain(fresh);
    }

    [Test]
    public async Task A_node_never_removed_or_still_being_removed_or_already_back_is_refused()
    {
        var uid = F.NodeUids[0];
        Stub.Readd(uid).Should().BeNull("it is still in the cluster");
        Stub.Readd(F.UnknownNodeUid).Should().BeNull("it never was in the cluster");

        var jobId = (await RemoveAsync(Body([uid]))).At("status.jobID")!;
        Stub.Readd(uid).Should().BeNull("its job has not reached Success");
        await PollToSuccessAsync(jobId);
        Stub.Readd(uid).Should().NotBeNull();
        Stub.Readd(uid).Should().BeNull("it was brought back already");
    }

    [Test]
    public async Task Reset_drops_the_readded_nodes()
    {
        var uid = F.NodeUids[0];
        await PollToSuccessAsync((await RemoveAsync(Body([uid]))).At("status.jobID")!);
        var fresh = Stub.Readd(uid);

        Stub.Reset();

        Stub.CurrentNodes().Should().Contain(uid).And.NotContain(fresh);
        Stub.Readd(uid).Should().BeNull();
    }
}
