using Conformance.Engine.Features;
using FluentAssertions;

namespace Conformance.Engine.Tests.Catalogue;

public sealed class TraceabilityTests
{
    private const string Catalogue = """
        api: demo
        document: demo.txt
        requirements:
          - id: DEMO-001
            title: Adding
            level: MUST
            statement: A calculator MUST add.
            source: { quote: "adds" }
          - id: DEMO-002
            title: Doubling
            level: SHOULD
            statement: A calculator SHOULD double.
            source: { quote: "doubles" }
          - id: DEMO-003
            title: Fixtures
            level: MUST
            statement: A calculator MUST have fixtures.
            source: { code: "demo/fixtures.go" }
          - id: DEMO-004
            title: Notes
            level: SHOULD
            statement: A calculator SHOULD note.
            source: { quote: "notes" }
          - id: DEMO-005
            title: Subtracting
            level: MUST
            statement: A calculator MUST subtract.
            source: { quote: "subtracts" }
        notes:
          - id: DEMO-N01
            text: nobody knows
        """;

    [Test]
    public void A_catalogue_is_read_with_its_notes_and_a_must_without_scenario_is_a_problem()
    {
        var suite = Load(("requirements.yaml", Catalogue));

        suite.Catalogues.Should().ContainSingle().Which.Notes.Should().ContainSingle(n => n.Id == "DEMO-N01");
        suite.Problems.Should().ContainSingle().Which.ToString().Should()
            .Be("features/demo/requirements.yaml:24: MUST requirement DEMO-005 ('Subtracting') has no scenario");
    }

    [Test]
    public void An_unknown_requirement_is_named_with_the_closest_known_id()
    {
        var suite = Load(
            ("requirements.yaml", Catalogue),
            ("extra.feature", "Feature: Extra\n  @req:DEMO-05 @must\n  Scenario: typo\n    Given the number 1\n"));

        suite.Problems.Should().Contain(p => p.Message.Contains("names requirement DEMO-05") && p.Message.Contains("closest: DEMO-005"));
    }

    [Test]
    public void A_level_that_differs_from_the_catalogue_is_a_problem()
    {
        var suite = Load(
            ("requirements.yaml", Catalogue),
            ("extra.feature", "Feature: Extra\n  @req:DEMO-005 @should\n  Scenario: subtract\n    Given the number 1\n"));

        suite.Problems.Should().ContainSingle().Which.Message.Should().Contain("tagged @should but DEMO-005 is MUST");
    }

    [Test]
    public void A_retired_requirement_may_not_be_used()
    {
        var retired = Catalogue.Replace("    source: { quote: \"subtracts\" }", "    source: { quote: \"subtracts\" }\n    retired: merged into DEMO-001");
        var suite = Load(
            ("requirements.yaml", retired),
            ("extra.feature", "Feature: Extra\n  @req:DEMO-005 @must\n  Scenario: subtract\n    Given the number 1\n"));

        suite.Problems.Should().ContainSingle().Which.Message.Should().Contain("retired requirement DEMO-005 (merged into DEMO-001)");
    }

    private static FeatureSet Load(params (string Name, string Text)[] files)
    {
        var root = DemoSuite.CopyWith(files);
        try
        {
            return FeatureLoader.Load(root);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
