using Io.Cucumber.Messages.Types;

namespace Conformance.Engine.Features;

/// <summary>Lookups from AST node ids (as pickles reference them) to scenarios, example rows, rules and steps.</summary>
internal sealed class AstIndex
{
    public Dictionary<string, Scenario> Scenarios { get; } = new();

    public Dictionary<string, (Examples Examples, TableRow Row)> Rows { get; } = new();

    public Dictionary<string, Rule> RuleOf { get; } = new();

    public Dictionary<string, Step> Steps { get; } = new();

    public static AstIndex Of(GherkinDocument document)
    {
        var index = new AstIndex();
        foreach (var child in document.Feature.Children)
        {
            index.Add(child.Background?.Steps, child.Scenario, null);
            if (child.Rule is { } rule)
            {
                foreach (var ruleChild in rule.Children)
                {
                    index.Add(ruleChild.Background?.Steps, ruleChild.Scenario, rule);
                }
            }
        }

        return index;
    }

    private void Add(IEnumerable<Step>? backgroundSteps, Scenario? scenario, Rule? rule)
    {
        foreach (var step in backgroundSteps ?? [])
        {
            Steps[step.Id] = step;
        }

        if (scenario is null)
        {
            return;
        }

        Scenarios[scenario.Id] = scenario;
        if (rule is not null)
        {
            RuleOf[scenario.Id] = rule;
        }

        foreach (var step in scenario.Steps)
        {
            Steps[step.Id] = step;
        }

        foreach (var examples in scenario.Examples)
        {
            foreach (var row in examples.TableBody)
            {
                Rows[row.Id] = (examples, row);
            }
        }
    }
}
