using Conformance.Engine.Certification;
using FluentAssertions;

namespace Conformance.Engine.Tests.Certification;

public sealed class CertificateDiffTests
{
    [Test]
    public void Regressions_are_new_failures_and_fixes_are_failures_that_now_pass()
    {
        var before = Certificates.With("A:MUST:passed", "B:MUST:failed", "C:SHOULD:not-run", "D:MUST:failed");
        var after = Certificates.With("A:MUST:failed", "B:MUST:passed", "C:SHOULD:failed", "D:MUST:failed", "E:MUST:failed");

        var diff = CertificateDiff.Compare(before, after);

        diff.Regressions.Select(c => (c.Id, c.Before)).Should().Equal(("A", "passed"), ("C", "not-run"), ("E", (string?)null));
        diff.Fixes.Select(c => c.Id).Should().Equal("B");
    }

    [Test]
    public void Identical_certificates_have_no_changes()
    {
        var c = Certificates.With("A:MUST:failed", "B:MUST:passed");

        CertificateDiff.Compare(c, c).Should().BeEquivalentTo(new CertificateDiff([], []));
    }
}
