using Conformance.Engine.Certification;
using Conformance.Engine.Features;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using FluentAssertions;

namespace Conformance.Engine.Tests.Certification;

public sealed class CertificateBuilderTests
{
    private static readonly Lazy<IReadOnlyList<ScenarioCase>> Cases = new(() => FeatureLoader.Load(DemoSuite.Root).Cases);

    [Test]
    public void A_requirement_fails_when_any_scenario_fails_and_an_unjudged_MUST_makes_the_verdict_incomplete()
    {
        var outline = Cases.Value.Where(c => c.RequirementId == "DEMO-002").ToList();
        var run = Run(
            Result(outline[0], ScenarioStatus.Passed),
            Result(outline[1], ScenarioStatus.Failed, "boom"),
            Result(Case("DEMO-001"), ScenarioStatus.Passed),
            Result(Case("DEMO-003"), ScenarioStatus.NotRun, "the profile has no 'x' fixture"));

        var certificate = Build(run);

        certificate.Requirements.Select(r => (r.Id, r.Level, r.Status)).Should().Equal(
            ("DEMO-001", "MUST", "passed"),
            ("DEMO-002", "SHOULD", "failed"),
            ("DEMO-003", "MUST", "not-run"));
        certificate.Requirements[1].FirstFailure.Should().Be($"{outline[1].Location}: boom");
        certificate.Requirements[1].Scenarios.Should().HaveCount(2);
        certificate.Verdict.Should().Be("incomplete", "a failed SHOULD does not fail the verdict, but a MUST without its fixture was never judged");
        certificate.Outcome.Should().Be("incomplete");
        certificate.Reason.Should().Be($"1 of 2 MUST requirement(s) in scope were not judged; first: DEMO-003: {Case("DEMO-003").Location}: the profile has no 'x' fixture");
        certificate.Requirements[2].Reason.Should().Be($"{Case("DEMO-003").Location}: the profile has no 'x' fixture");
        certificate.Totals.Must.Should().Be(new StatusCounts(1, 0, 1));
        certificate.Totals.Should.Should().Be(new StatusCounts(0, 1, 0));
        certificate.Suite.Sha256.Should().Be("abc");
        certificate.Target.Url.Should().Be("http://127.0.0.1:1");
    }

    [Test]
    public void A_requirement_with_one_row_passed_and_another_not_run_has_not_passed()
    {
        var outline = Cases.Value.Where(c => c.RequirementId == "DEMO-002").ToList();
        var run = Run(Result(outline[0], ScenarioStatus.Passed), Result(outline[1], ScenarioStatus.NotRun, "needs obshell.removable"));

        var requirement = Build(run).Requirements.Single();

        requirement.Status.Should().Be("not-run");
        requirement.Reason.Should().EndWith("needs obshell.removable");
    }

    [Test]
    public void Only_not_selected_scenarios_leave_the_requirement_not_selected_with_the_reason_and_the_run_conformant()
    {
        var run = Run(Result(Case("DEMO-001"), ScenarioStatus.Passed), Result(Case("DEMO-003"), ScenarioStatus.NotSelected, "@reference-stub-only: ..."));

        var certificate = Build(run);

        certificate.Requirements.Select(r => (r.Id, r.Status)).Should().Equal(("DEMO-001", "passed"), ("DEMO-003", "not-selected"));
        certificate.Requirements[1].Reason.Should().EndWith("@reference-stub-only: ...");
        certificate.Verdict.Should().Be("conformant");
        certificate.Totals.Must.Should().Be(new StatusCounts(1, 0, 0, 1));
    }

    [Test]
    public void A_failed_must_makes_the_run_not_conformant_naming_the_requirement()
    {
        var certificate = Build(Run(Result(Case("DEMO-001"), ScenarioStatus.Failed, "wrong")));

        certificate.Verdict.Should().Be("not-conformant");
        certificate.Outcome.Should().Be("not-conformant");
        certificate.Reason.Should().Contain("DEMO-001");
    }

    [Test]
    public void A_transport_failure_is_could_not_run_not_a_verdict_on_the_target()
    {
        var run = Run(Result(Case("DEMO-001"), ScenarioStatus.NotRun, "refused") with { TransportFailure = true });

        run.Outcome.Should().Be(Outcome.CouldNotRun);
        ExitCodes.For(run.Outcome).Should().Be(ExitCodes.TargetUnreachable);
        Build(run).Outcome.Should().Be("could-not-run");
    }

    [TestCase(Outcome.Conformant, 0)]
    [TestCase(Outcome.NotConformant, 1)]
    [TestCase(Outcome.CouldNotRun, 3)]
    [TestCase(Outcome.Incomplete, 4)]
    public void Exit_codes_are_fixed(Outcome outcome, int code) => ExitCodes.For(outcome).Should().Be(code);

    [Test]
    public void Notes_are_collected_once()
    {
        var note = new Note("N1", "unconfirmed");
        var certificate = Build(Run(
            Result(Case("DEMO-001"), ScenarioStatus.Passed) with { Notes = [note] },
            Result(Case("DEMO-004"), ScenarioStatus.Passed) with { Notes = [note] }));

        certificate.Notes.Should().Equal(note);
    }

    [Test]
    public void The_certificate_round_trips_through_json()
    {
        var certificate = Build(Run(Result(Case("DEMO-001"), ScenarioStatus.Passed)));

        var json = CertificateJson.Serialize(certificate);

        json.Should().Contain("\"verdict\": \"conformant\"").And.Contain("\"sha256\": \"abc\"");
        CertificateJson.Deserialize(json).Requirements.Should().BeEquivalentTo(certificate.Requirements);
    }

    private static ScenarioCase Case(string id) => Cases.Value.First(c => c.RequirementId == id);

    private static ScenarioResult Result(ScenarioCase c, ScenarioStatus status, string? message = null) =>
        new(c, status, TimeSpan.FromMilliseconds(1), message);

    private static RunResult Run(params ScenarioResult[] results) =>
        new(results, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(1));

    private static Certificate Build(RunResult run) =>
        CertificateBuilder.Build(run, DemoSuite.Profile, "http://127.0.0.1:1", "abc", "0.1.0");
}
