using System.Collections.Specialized;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Results;
using Io.Cucumber.Messages.Types;
using Exception = System.Exception;
using Reqnroll;
using Reqnroll.Infrastructure;

namespace Conformance.Engine.Running;

/// <summary>Runs one test case through the Reqnroll runtime, the way generated code would, and turns the outcome into a result.</summary>
internal sealed class ScenarioExecutor(Assembly testAssembly, IContainerBuilder builder)
{
    public async Task<ScenarioResult> RunAsync(ScenarioCase c)
    {
        var watch = Stopwatch.StartNew();
        var runner = TestRunnerManager.GetTestRunnerForAssembly(testAssembly, builder, c.Feature.Info);
        var scenarioStarted = false;
        ScenarioLog? log = null;
        ScenarioResult result;
        try
        {
            if (runner.FeatureContext is { } current && !ReferenceEquals(current.FeatureInfo, c.Feature.Info))
            {
                await runner.OnFeatureEndAsync();
            }

            if (runner.FeatureContext is null)
            {
                await runner.OnFeatureStartAsync(c.Feature.Info);
            }

            if (runner.FeatureContext?.BeforeFeatureHookFailed == true)
            {
                return new ScenarioResult(c, ScenarioStatus.Failed, watch.Elapsed, "a [BeforeFeature] hook failed");
            }

            runner.OnScenarioInitialize(ScenarioInfoOf(c), RuleInfoOf(c.Rule));
            scenarioStarted = true;
            if (TagHelper.ContainsIgnoreTag(c.Tags.Select(t => t.TrimStart('@')).ToArray()))
            {
                await runner.SkipScenarioAsync();
                return ScenarioResult.NotRun(c, "ignored by an @ignore tag");
            }

            await runner.OnScenarioStartAsync();
            log = runner.ScenarioContext.ScenarioContainer.Resolve<ScenarioLog>();
            log.Case = c;
            var failedStep = await RunStepsAsync(runner, c);
            result = await CollectAsync(runner, c, watch, failedStep);
        }
        finally
        {
            if (scenarioStarted)
            {
                await runner.OnScenarioEndAsync();
            }

            TestRunnerManager.ReleaseTestRunner(runner);
        }

        // Read after the [AfterScenario] hooks ran: their cleanup requests and notes belong to the scenario too.
        return result with { Exchanges = log.Exchanges.ToList(), Notes = log.Notes.ToList(), Duration = watch.Elapsed, NodesConsumed = log.NodesConsumed, FixtureLog = log.FixtureLog.ToList() };
    }

    private static async Task<ScenarioResult> CollectAsync(ITestRunner runner, ScenarioCase c, Stopwatch watch, string? failedStep)
    {
        var error = runner.ScenarioContext.TestError;
        try
        {
            await runner.CollectScenarioErrorsAsync();
        }
        catch (Exception e)
        {
            error ??= e;
        }

        var status = runner.ScenarioContext.ScenarioExecutionStatus;
        var result = new ScenarioResult(c, ScenarioStatus.Passed, watch.Elapsed, null, failedStep);
        return error switch
        {
            null when status == ScenarioExecutionStatus.OK => result,
            NotRunException n => result with { Status = ScenarioStatus.NotRun, Message = n.Message },
            OperationCanceledException => result with { Status = ScenarioStatus.NotRun, Message = "interrupted before it finished" },
            TargetUnreachableException t => result with { Status = ScenarioStatus.NotRun, Message = t.Message, TransportFailure = true },
            null => result with { Status = ScenarioStatus.Failed, Message = $"scenario ended {status}" },
            _ => result with { Status = ScenarioStatus.Failed, Message = error.Message },
        };
    }

    private static async Task<string?> RunStepsAsync(ITestRunner runner, ScenarioCase c)
    {
        var index = c.Feature.Index;
        string? failedStep = null;
        foreach (var step in c.Pickle.Steps)
        {
            var ast = index.Steps.GetValueOrDefault(step.AstNodeIds[0]);
            var keyword = ast?.Keyword ?? "* ";
            var docString = step.Argument?.DocString?.Content;
            var table = TableOf(step.Argument?.DataTable);
            await (step.Type switch
            {
                PickleStepType.CONTEXT => runner.GivenAsync(step.Text, docString, table, keyword),
                PickleStepType.ACTION => runner.WhenAsync(step.Text, docString, table, keyword),
                PickleStepType.OUTCOME => runner.ThenAsync(step.Text, docString, table, keyword),
                _ => runner.AndAsync(step.Text, docString, table, keyword),
            });
            if (failedStep is null && runner.ScenarioContext.ScenarioExecutionStatus != ScenarioExecutionStatus.OK)
            {
                failedStep = $"{keyword.Trim()} {step.Text} ({c.Feature.RelativePath}:{ast?.Location.Line})";
            }
        }

        return failedStep;
    }

    private static ScenarioInfo ScenarioInfoOf(ScenarioCase c)
    {
        var inherited = c.Feature.Info.Tags.Concat(c.Rule?.Tags.Select(t => t.Name.TrimStart('@')) ?? []).ToArray();
        var own = c.Tags.Select(t => t.TrimStart('@')).Except(inherited).ToArray();
        var arguments = new OrderedDictionary();
        foreach (var (key, value) in c.ExampleValues)
        {
            arguments[key] = value;
        }

        return new ScenarioInfo(c.ScenarioTitle, string.Empty, own, arguments, inherited, c.PickleIndex.ToString(CultureInfo.InvariantCulture));
    }

    private static RuleInfo? RuleInfoOf(Rule? rule) =>
        rule is null ? null : new RuleInfo(rule.Name, rule.Description, rule.Tags.Select(t => t.Name.TrimStart('@')).ToArray());

    private static Table? TableOf(PickleTable? data)
    {
        if (data is null || data.Rows.Count == 0)
        {
            return null;
        }

        var table = new Table(data.Rows[0].Cells.Select(cell => cell.Value).ToArray());
        foreach (var row in data.Rows.Skip(1))
        {
            table.AddRow(row.Cells.Select(cell => cell.Value).ToArray());
        }

        return table;
    }
}
