using System.Diagnostics;
using Conformance.Engine.Results;
using FluentAssertions;

namespace Conformance.Engine.Tests.Hostile;

/// <summary>Ctrl-C while the target hangs: the run ends promptly, interrupted, and never claims a verdict.</summary>
public sealed class CancellationTests
{
    // Long enough that only the cancellation, never the request timeout, can end these runs in time.
    private static readonly Engine.Http.HttpOptions Patient = HostileSuite.Limits with { RequestTimeout = TimeSpan.FromSeconds(60) };

    [Test]
    public async Task Cancelling_mid_run_ends_promptly_with_the_remaining_cases_not_run()
    {
        await using var server = FaultServer.Start(FaultMode.NeverAnswer);
        using var cancel = new CancellationTokenSource();
        var running = HostileSuite.RunAsync(server.BaseUrl, Patient, cancellation: cancel.Token);
        await server.FirstRequest.WaitAsync(TimeSpan.FromSeconds(30));

        var watch = Stopwatch.StartNew();
        await cancel.CancelAsync();
        var run = await running;

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        run.Interrupted.Should().BeTrue();
        run.Outcome.Should().Be(Outcome.CouldNotRun);
        run.Results.Should().HaveCount(5).And.OnlyContain(r => r.Status == ScenarioStatus.NotRun);
        run.Results[0].Message.Should().Be("interrupted before it finished");
        run.Results.Skip(1).Should().OnlyContain(r => r.Message == "not run: the run was interrupted");
    }

    [Test]
    public async Task Cancelling_during_the_last_case_still_marks_the_run_interrupted()
    {
        await using var server = FaultServer.Start(FaultMode.NeverAnswer);
        using var cancel = new CancellationTokenSource();
        var running = HostileSuite.RunAsync(server.BaseUrl, Patient, HostileSuite.FirstCaseOnly, cancel.Token);
        await server.FirstRequest.WaitAsync(TimeSpan.FromSeconds(30));

        await cancel.CancelAsync();
        var run = await running;

        run.Results.Should().ContainSingle().Which.Status.Should().Be(ScenarioStatus.NotRun);
        run.Interrupted.Should().BeTrue();
        run.AbortReason.Should().Be("the run was interrupted");
        run.Outcome.Should().Be(Outcome.CouldNotRun, "a run cut short judged nothing, even when no case followed the cut");
    }
}
