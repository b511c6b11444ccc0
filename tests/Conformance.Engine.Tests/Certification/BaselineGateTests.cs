using Conformance.Engine.Certification;
using Conformance.Engine.Results;
using FluentAssertions;

namespace Conformance.Engine.Tests.Certification;

public sealed class BaselineGateTests
{
    private static readonly Baseline Known = Baseline.Parse("""
        {"deviations": [{"id": "OBS-012", "reason": "server answers 400 not 404"}, {"id": "OBS-020", "reason": "fixed upstream soon"}]}
        """);

    [Test]
    public void A_known_must_failure_does_not_fail_the_exit_code_but_keeps_the_verdict()
    {
        var certificate = Certificates.With("OBS-012:MUST:failed", "OBS-001:MUST:passed");

        BaselineGate.ExitCode(certificate, Known).Should().Be(ExitCodes.Conformant);
        BaselineGate.ExitCode(certificate, null).Should().Be(ExitCodes.NotConformant);
        certificate.Verdict.Should().Be("not-conformant");
    }

    [Test]
    public void With_every_known_failure_excused_an_unjudged_MUST_still_leaves_the_run_incomplete()
    {
        var certificate = Certificates.With("OBS-012:MUST:failed", "OBS-001:MUST:not-run:2");

        BaselineGate.ExitCode(certificate, Known).Should().Be(ExitCodes.Incomplete);
        BaselineGate.ExitCode(certificate, Known, allowIncomplete: true).Should().Be(ExitCodes.Conformant);
        BaselineGate.ExitCode(certificate with { Outcome = "incomplete" }, null).Should().Be(ExitCodes.Incomplete);
    }

    [Test]
    public void A_new_failure_still_fails()
    {
        var certificate = Certificates.With("OBS-012:MUST:failed", "OBS-013:MUST:failed");

        BaselineGate.ExitCode(certificate, Known).Should().Be(ExitCodes.NotConformant);
        BaselineGate.Unexcused(certificate, Known).Should().Equal("OBS-013");
    }

    [Test]
    public void Suite_problems_and_an_unreachable_target_are_never_excused()
    {
        var broken = Certificates.With("OBS-012:MUST:failed") with { Problems = ["features/x.feature:3: unknown step"] };
        var unreachable = Certificates.With("OBS-012:MUST:failed") with { Outcome = "could-not-run" };

        BaselineGate.ExitCode(broken, Known).Should().Be(ExitCodes.NotConformant);
        BaselineGate.ExitCode(unreachable, Known).Should().Be(ExitCodes.TargetUnreachable);
    }

    [Test]
    public void The_report_lists_applied_deviations_and_those_now_passing()
    {
        var report = BaselineGate.Report(Certificates.With("OBS-012:MUST:failed", "OBS-020:SHOULD:passed"), Known);

        report.Applied.Select(d => d.Id).Should().Equal("OBS-012");
        report.NowPassing.Select(d => d.Id).Should().Equal("OBS-020");
        report.Applied[0].Reason.Should().Be("server answers 400 not 404");
    }

    [TestCase("{}")]
    [TestCase("""{"deviations": [{"id": "OBS-1"}]}""")]
    [TestCase("""{"deviations": [""")]
    public void A_malformed_baseline_is_a_configuration_error(string json) =>
        FluentActions.Invoking(() => Baseline.Parse(json)).Should().Throw<ConfigurationException>().Which.Message.Should().NotContain("\n");
}
