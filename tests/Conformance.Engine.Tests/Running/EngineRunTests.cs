using Conformance.Engine.Results;
using FluentAssertions;

namespace Conformance.Engine.Tests.Running;

public sealed class EngineRunTests
{
    [Test]
    public async Task Each_scenario_and_each_examples_row_is_one_case_with_its_outcome()
    {
        var run = await DemoSuite.RunAsync();

        run.Problems.Should().BeEmpty();
        run.Results.Select(r => (r.Case.Name, r.Status)).Should().Equal(
            ("Arithmetic: Adding two numbers", ScenarioStatus.Passed),
            ("Arithmetic: Doubling [1, 2]", ScenarioStatus.Passed),
            ("Arithmetic: Doubling [4, 8]", ScenarioStatus.Passed),
            ("Arithmetic: A fixture the profile lacks", ScenarioStatus.NotRun),
            ("Arithmetic: A note is recorded", ScenarioStatus.Passed));
        run.Results[3].Message.Should().Contain("demo.widget");
        run.Results[4].Notes.Should().ContainSingle(n => n.Id == "DEMO-N1");
        run.Outcome.Should().Be(Outcome.Incomplete, "a MUST scenario whose fixture the profile lacks was never judged");
        ExitCodes.For(run.Outcome).Should().Be(ExitCodes.Incomplete);
    }

    [Test]
    public async Task A_broken_scenario_fails_with_the_step_and_the_assertion_message()
    {
        var broken = await File.ReadAllTextAsync(Path.Combine(DemoSuite.Root, "features", "demo", "broken.feature.txt"));
        var root = DemoSuite.CopyWith(("broken.feature", broken));
        try
        {
            var run = await DemoSuite.RunAsync(root);

            var failed = run.Results.Should().ContainSingle(r => r.Status == ScenarioStatus.Failed).Subject;
            failed.Message.Should().Contain("expected 5 but the result was 4");
            failed.FailedStep.Should().Be("Then the result is 5 (features/demo/broken.feature:7)");
            failed.Case.Location.Should().Be("features/demo/broken.feature:4");
            run.Outcome.Should().Be(Outcome.NotConformant);
            ExitCodes.For(run.Outcome).Should().Be(ExitCodes.NotConformant);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public async Task A_file_that_does_not_parse_is_a_problem_naming_file_line_and_column()
    {
        var root = DemoSuite.CopyWith(("bad.feature", "Feature: Bad\n  Scenario: x\n    Given ok\n  Examples oops\n"));
        try
        {
            var run = await DemoSuite.RunAsync(root);

            var problem = run.Problems.Should().ContainSingle().Subject;
            problem.RelativePath.Should().Be("features/demo/bad.feature");
            problem.Line.Should().Be(4);
            problem.Column.Should().BeGreaterThan(0);
            run.Results.Should().HaveCount(5, "the other files still run");
            run.Outcome.Should().Be(Outcome.NotConformant);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public async Task A_scenario_without_requirement_and_level_tags_is_refused_at_discovery()
    {
        var root = DemoSuite.CopyWith(("untagged.feature", "Feature: Untagged\n  Scenario: no tags\n    Given the number 1\n"));
        try
        {
            var run = await DemoSuite.RunAsync(root);

            run.Problems.Should().ContainSingle().Which.ToString().Should()
                .Contain("features/demo/untagged.feature:2").And.Contain("@req:<ID>").And.Contain("@must/@should");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public async Task Tag_expressions_select_cases()
    {
        var run = await DemoSuite.RunAsync(options: new Conformance.Engine.Running.RunOptions { Tags = Conformance.Engine.Tags.TagExpression.Parse("@must and not @req:DEMO-003") });

        run.Results.Select(r => r.Case.RequirementId).Should().Equal("DEMO-001");
    }
}
