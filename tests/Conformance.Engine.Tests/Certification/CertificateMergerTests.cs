using Conformance.Engine.Certification;
using FluentAssertions;

namespace Conformance.Engine.Tests.Certification;

public sealed class CertificateMergerTests
{
    [Test]
    public void Requirements_are_unioned_and_their_status_recomputed()
    {
        var one = Certificates.With("A:MUST:passed:1", "B:MUST:passed:2", "C:SHOULD:not-run") with { Shard = "1/2" };
        var two = Certificates.With("A:MUST:failed:3", "B:MUST:not-run:4", "C:SHOULD:not-run", "D:SHOULD:passed:5") with { Shard = "2/2", Notes = [new("N1", "x")] };

        var merged = CertificateMerger.Merge([one, two with { Notes = [new("N1", "x"), new("N1", "x")] }]);

        merged.Requirements.Select(r => (r.Id, r.Status, r.Scenarios.Count)).Should().Equal(
            ("A", "failed", 2), ("B", "not-run", 2), ("C", "not-run", 0), ("D", "passed", 1));
        merged.Verdict.Should().Be("not-conformant");
        merged.Reason.Should().Contain("A");
        merged.Totals.Scenarios.Should().Be(new StatusCounts(3, 1, 1));
        merged.Totals.Must.Should().Be(new StatusCounts(0, 1, 1));
        merged.Totals.Should.Should().Be(new StatusCounts(1, 0, 1));
        merged.Notes.Should().ContainSingle();
        merged.Shard.Should().BeNull();
    }

    [Test]
    public void Shards_that_all_pass_merge_conformant()
    {
        var merged = CertificateMerger.Merge([Certificates.With("A:MUST:passed:1"), Certificates.With("A:MUST:passed:2", "B:SHOULD:not-run:3")]);

        merged.Verdict.Should().Be("conformant");
        merged.Reason.Should().BeNull();
    }

    [Test]
    public void A_MUST_row_passed_in_one_shard_and_not_run_in_another_merges_incomplete()
    {
        var merged = CertificateMerger.Merge([Certificates.With("A:MUST:passed:1"), Certificates.With("A:MUST:not-run:2")]);

        merged.Requirements.Single().Status.Should().Be("not-run");
        merged.Verdict.Should().Be("incomplete");
        merged.Outcome.Should().Be("incomplete");
        merged.Reason.Should().StartWith("1 of 1 MUST requirement(s) in scope were not judged; first: A");
        BaselineGate.ExitCode(merged, null).Should().Be(4);
        BaselineGate.ExitCode(merged, null, allowIncomplete: true).Should().Be(0);
    }

    [Test]
    public void A_requirement_no_shard_selected_stays_not_selected_and_does_not_make_the_merge_incomplete()
    {
        var merged = CertificateMerger.Merge([Certificates.With("A:MUST:passed:1", "B:MUST:not-selected"), Certificates.With("A:MUST:passed:2", "B:MUST:not-selected")]);

        merged.Requirements.Select(r => r.Status).Should().Equal("passed", "not-selected");
        merged.Verdict.Should().Be("conformant");
    }

    [Test]
    public void A_shard_that_could_not_run_leaves_the_merge_could_not_run()
    {
        var down = Certificates.With() with { Outcome = "could-not-run", Verdict = "not-conformant", Reason = "refused", Shard = "2/2" };

        CertificateMerger.Merge([Certificates.With("A:MUST:passed"), down]).Outcome.Should().Be("could-not-run");
    }

    [Test]
    public void Different_suites_or_targets_are_refused_in_one_line()
    {
        var a = Certificates.Make("s1", "http://a");

        FluentActions.Invoking(() => CertificateMerger.Merge([a, Certificates.Make("s2", "http://a")]))
            .Should().Throw<ConfigurationException>().WithMessage("cannot merge: suite hashes differ: s1 vs s2");
        FluentActions.Invoking(() => CertificateMerger.Merge([a, Certificates.Make("s1", "http://b")]))
            .Should().Throw<ConfigurationException>().WithMessage("cannot merge: targets differ*");
    }

    [Test]
    public void The_embedded_stub_is_one_target_whatever_its_port_but_not_the_same_as_a_real_one()
    {
        static Certificate Embedded(string url)
        {
            var c = Certificates.Make("s1", url);
            return c with { Target = c.Target with { Kind = TargetInfo.EmbeddedReferenceStub } };
        }

        CertificateMerger.Merge([Embedded("http://127.0.0.1:40001"), Embedded("http://127.0.0.1:40002")])
            .Target.Kind.Should().Be(TargetInfo.EmbeddedReferenceStub);
        FluentActions.Invoking(() => CertificateMerger.Merge([Embedded("http://127.0.0.1:40001"), Certificates.Make("s1", "http://127.0.0.1:40001")]))
            .Should().Throw<ConfigurationException>().WithMessage("cannot merge: targets differ: the embedded reference stub vs http://127.0.0.1:40001");
    }
}
