using System.Diagnostics;
using Conformance.Engine.Results;
using FluentAssertions;

namespace Conformance.Engine.Tests.Hostile;

/// <summary>A target the harness cannot talk to: the run stops on its own as could-not-run (exit 3), with the transport reason.</summary>
public sealed class UnreachableTargetTests
{
    [Test]
    public async Task A_refused_connection_aborts_the_run_naming_the_refusal()
    {
        var run = await HostileSuite.RunAsync(ClosedPort.Url());

        AssertAborted(run, "ConnectionRefused");
    }

    [Test]
    public async Task A_target_that_never_answers_ends_the_run_within_the_timeouts()
    {
        await using var server = FaultServer.Start(FaultMode.NeverAnswer);
        var watch = Stopwatch.StartNew();

        var run = await HostileSuite.RunAsync(server.BaseUrl);

        // 3 timeouts of 1 s; the bound only proves the run cannot hang, it is not a benchmark.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        AssertAborted(run, "no complete answer within 1 s");
        server.Requests.Should().Be(3, "the run stops asking after the third case in a row could not run");
    }

    [Test]
    public async Task A_one_byte_per_second_answer_times_out_as_could_not_run()
    {
        await using var server = FaultServer.Start(FaultMode.OneBytePerSecond);
        var watch = Stopwatch.StartNew();

        var run = await HostileSuite.RunAsync(server.BaseUrl);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        AssertAborted(run, "no complete answer within 1 s");
    }

    [Test]
    public async Task A_reset_mid_response_is_a_transport_failure_with_a_readable_message()
    {
        await using var server = FaultServer.Start(FaultMode.ResetMidResponse);

        var run = await HostileSuite.RunAsync(server.BaseUrl);

        AssertAborted(run, "connection broke");
    }

    private static void AssertAborted(RunResult run, string reason)
    {
        run.Outcome.Should().Be(Outcome.CouldNotRun);
        ExitCodes.For(run.Outcome).Should().Be(ExitCodes.TargetUnreachable);
        run.AbortReason.Should().StartWith("target unreachable: GET http").And.Contain("/probe").And.Contain(reason);
        run.Results.Should().HaveCount(5);
        run.Results.Take(3).Should().OnlyContain(r => r.Status == ScenarioStatus.NotRun && r.TransportFailure && r.Message!.Contains(reason));
        run.Results.Skip(3).Should().OnlyContain(r => r.Status == ScenarioStatus.NotRun && r.Message == $"not run: {run.AbortReason}");
    }
}
