using Conformance.Engine.Results;
using FluentAssertions;

namespace Conformance.Engine.Tests.Hostile;

/// <summary>A target that answers, but wrongly: each case fails with a readable reason and the run goes on (exit 1).</summary>
public sealed class BadAnswerTests
{
    [Test]
    public async Task A_well_behaved_target_is_conformant()
    {
        // The control: without it the failures below could come from the fault server, not from the fault.
        await using var server = FaultServer.Start(FaultMode.Json);

        var run = await HostileSuite.RunAsync(server.BaseUrl);

        run.Results.Should().HaveCount(5).And.OnlyContain(r => r.Status == ScenarioStatus.Passed);
        run.Outcome.Should().Be(Outcome.Conformant);
    }

    [TestCase(FaultMode.NotJson, "200 (text/plain", FaultResponses.NotJsonBody)]
    [TestCase(FaultMode.HtmlError, "500 (text/html", FaultResponses.HtmlBody)]
    public async Task An_answer_that_is_not_json_fails_each_case_naming_the_body_and_the_run_goes_on(FaultMode mode, string status, string body)
    {
        await using var server = FaultServer.Start(mode);

        var run = await HostileSuite.RunAsync(server.BaseUrl);

        run.Results.Should().HaveCount(5).And.OnlyContain(r =>
            r.Status == ScenarioStatus.Failed && !r.TransportFailure && r.Message!.Contains(status) && r.Message.Contains(body));
        run.Results[0].FailedStep.Should().StartWith("Then the answer is JSON (features/hostile/probe.feature:");
        run.AbortReason.Should().BeNull();
        server.Requests.Should().Be(5, "a wrong answer is a verdict, not a reason to stop");
        run.Outcome.Should().Be(Outcome.NotConformant);
        ExitCodes.For(run.Outcome).Should().Be(ExitCodes.NotConformant);
    }

    [Test]
    public async Task A_60_MB_answer_fails_the_case_naming_the_cap_without_buffering_it()
    {
        await using var server = FaultServer.Start(FaultMode.Huge);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var run = await HostileSuite.RunAsync(server.BaseUrl, options: HostileSuite.FirstCaseOnly);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var result = run.Results.Should().ContainSingle().Subject;
        result.Status.Should().Be(ScenarioStatus.Failed);
        result.TransportFailure.Should().BeFalse();
        result.Message.Should().Contain($"{HostileSuite.Limits.MaxResponseBytes}-byte cap");
        allocated.Should().BeLessThan(20L * 1024 * 1024, "the harness stops reading at the 1 MB cap, far short of 60 MB");
    }
}
