using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary><c>ReferenceStub.Start</c>'s timed mode reaches both APIs: DAGs and jobs move by the stub's clock alone.</summary>
[TestFixture]
public sealed class TimedStubTests
{
    [Test]
    public async Task A_scale_in_and_a_removal_finish_by_the_clock_without_polls()
    {
        var clock = new StepClock();
        using var stub = ReferenceStub.Start(time: clock, paces: new Dictionary<string, TimeSpan> { ["obshell"] = TimeSpan.FromMilliseconds(50), ["cce"] = TimeSpan.FromMilliseconds(300) });
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url) };
        var node = stub.Obshell.Fixtures.Removable[0];
        var uid = stub.Cce.Fixtures.NodeUids[0];
        var dagId = await StubCalls.StartScaleInAsync(http, stub, node.Ip, node.Port);
        var jobId = await StubCalls.StartCceRemovalAsync(http, stub, uid);

        for (var i = 0; i < 3; i++)
        {
            Assert.That(await StubCalls.DagStateAsync(http, stub, dagId), Is.EqualTo("RUNNING"));
            Assert.That(await StubCalls.CceJobPhaseAsync(http, stub, jobId), Is.EqualTo("Initializing"));
        }

        clock.Advance(TimeSpan.FromMilliseconds(299));
        Assert.That(stub.Obshell.Members, Does.Not.Contain(node), "five stages of 50 ms are over");
        Assert.That(stub.Cce.CurrentNodes(), Does.Contain(uid));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(stub.Cce.CurrentNodes(), Does.Not.Contain(uid));
    }

    [Test]
    public void A_duration_that_is_not_positive_is_refused_before_a_port_is_taken()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceStub.Start(paces: new Dictionary<string, TimeSpan> { ["obshell"] = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceStub.Start(paces: new Dictionary<string, TimeSpan> { ["cce"] = TimeSpan.FromMilliseconds(-1) }));
    }

    /// <summary>A clock the test moves by hand, starting now so the SDK-style headers made with the wall clock stay valid.</summary>
    private sealed class StepClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
