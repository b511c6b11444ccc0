using Conformance.Obshell.Stub;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Stub;

/// <summary>With <see cref="ObshellStubOptions.DagStageDuration"/>, a DAG moves by the stub's clock, never by polls.</summary>
[TestFixture]
public sealed class TimedDagTests
{
    private static readonly TimeSpan StageTime = TimeSpan.FromMilliseconds(100);

    private ManualTimeProvider _time = null!;

    [SetUp]
    public void NewClock() => _time = new ManualTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Polls_alone_do_not_move_a_DAG_but_each_interval_moves_it_one_stage()
    {
        using var host = Host();
        using var client = host.Client(_time);
        var id = (await client.ScaleInAsync("10.10.10.4")).Data["id"]!.GetValue<string>();

        for (var i = 0; i < 10; i++)
        {
            var polled = (await client.PollAsync(id)).Data;
            (polled["state"]!.GetValue<string>(), polled["stage"]!.GetValue<int>()).Should().Be(("RUNNING", 1), $"poll {i} at the same instant");
        }

        _time.Advance(StageTime);
        (await client.PollAsync(id)).Data["stage"]!.GetValue<int>().Should().Be(2);
        _time.Advance(StageTime * 2.5);
        (await client.PollAsync(id)).Data["stage"]!.GetValue<int>().Should().Be(4);
    }

    [Test]
    public async Task A_DAG_succeeds_after_one_interval_per_stage_without_being_polled()
    {
        using var host = Host();
        using var client = host.Client(_time);
        var node = host.Stub.Fixtures.Removable[0];
        var id = (await client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>();

        _time.Advance((StageTime * 5) - TimeSpan.FromTicks(1));
        host.Stub.Members.Should().Contain(node, "the last stage is not over yet");
        _time.Advance(TimeSpan.FromTicks(1));
        host.Stub.Members.Should().NotContain(node);
        ((await client.ScaleInAsync(host.Stub.Fixtures.Removable[1].Ip)).Status).Should().Be(200, "the finished DAG released the lock");
        (await client.PollAsync(id)).Data["state"]!.GetValue<string>().Should().Be("SUCCEED");
    }

    [Test]
    public async Task A_scale_out_DAG_adds_the_node_by_time_too()
    {
        using var host = Host();
        using var client = host.Client(_time);
        var node = host.Stub.Fixtures.Removable[0];
        await client.ScaleInAsync(node.Ip);
        _time.Advance(StageTime * 5);

        (await client.ScaleOutAsync(node.Ip)).Status.Should().Be(200);
        _time.Advance(StageTime * 5);

        host.Stub.Members.Should().Contain(node);
    }

    [Test]
    public async Task The_never_succeeds_deviation_still_fails_the_DAG()
    {
        using var host = Host(ObshellDeviations.DagNeverSucceeds);
        using var client = host.Client(_time);
        var node = host.Stub.Fixtures.Removable[0];
        var id = (await client.ScaleInAsync(node.Ip)).Data["id"]!.GetValue<string>();

        _time.Advance(StageTime * 50);

        var done = (await client.PollAsync(id)).Data;
        (done["state"]!.GetValue<string>(), done["stage"]!.GetValue<int>()).Should().Be(("FAILED", 5));
        host.Stub.Members.Should().Contain(node);
    }

    [Test]
    public async Task A_retried_DAG_runs_its_stage_again_for_one_interval()
    {
        using var host = Host(ObshellDeviations.DagNeverSucceeds);
        using var client = host.Client(_time);
        var id = (await client.ScaleInAsync("10.10.10.4")).Data["id"]!.GetValue<string>();
        _time.Advance(StageTime * 50);
        (await client.PollAsync(id)).Data["state"]!.GetValue<string>().Should().Be("FAILED");

        (await client.OperateAsync(id, "retry")).Status.Should().Be(204);

        (await client.PollAsync(id)).Data["state"]!.GetValue<string>().Should().Be("RUNNING");
        _time.Advance(StageTime);
        (await client.PollAsync(id)).Data["state"]!.GetValue<string>().Should().Be("SUCCEED");
    }

    private StubHost Host(params string[] deviations) => new(new ObshellStubOptions
    {
        TimeProvider = _time,
        DagStageDuration = StageTime,
        Deviations = new HashSet<string>(deviations),
    });
}
