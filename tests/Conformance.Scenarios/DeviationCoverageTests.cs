using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>Every MUST of both catalogues is broken by some deviation mode or listed in <see cref="UnbreakableMusts"/> with a reason.</summary>
[TestFixture]
public sealed class DeviationCoverageTests
{
    private static IReadOnlyList<string> Musts() =>
        [.. DeviationRun.LoadedSuite.Catalogues.SelectMany(c => c.Requirements).Where(r => r is { Level: "MUST", IsRetired: false }).Select(r => r.Id)];

    [Test]
    public void Every_MUST_is_broken_by_a_deviation_or_listed_with_a_reason()
    {
        var broken = StubDeviations.All.Select(d => d.RequirementId).ToHashSet();

        var uncovered = Musts().Where(id => !broken.Contains(id) && !UnbreakableMusts.Reasons.ContainsKey(id));

        Assert.That(uncovered, Is.Empty);
        Assert.That(Musts(), Has.Count.GreaterThan(40), "both catalogues were loaded");
    }

    [Test]
    public void Every_deviation_targets_a_MUST_and_no_listed_MUST_is_broken()
    {
        var musts = Musts().ToHashSet();

        Assert.That(StubDeviations.All.Where(d => !musts.Contains(d.RequirementId)).Select(d => d.Name), Is.Empty);
        Assert.That(UnbreakableMusts.Reasons.Keys.Where(id => !musts.Contains(id) || StubDeviations.All.Any(d => d.RequirementId == id)), Is.Empty);
        Assert.That(UnbreakableMusts.Reasons.Values, Has.All.Length.GreaterThan(40));
    }

    [Test]
    public void Deviation_names_are_unique_and_prefixed_by_their_api()
    {
        Assert.That(StubDeviations.All.Select(d => d.Name), Is.Unique);
        Assert.That(StubDeviations.All.Select(d => d.Name), Has.All.Match("^(obshell|cce)-[a-z0-9-]+$"));
    }

    [Test]
    public void An_unknown_deviation_name_is_refused_with_the_known_ones()
    {
        var refused = Assert.Throws<ArgumentException>(() => ReferenceStub.Start(deviations: ["obshell-no-such-bug"]).Dispose());

        Assert.That(refused!.Message, Does.Contain("obshell-no-such-bug").And.Contain("obshell-no-maintenance-lock"));
    }
}
