using Conformance.Engine.Running;
using Reqnroll;

namespace Conformance.Engine.Tests.Bindings;

/// <summary>Step bindings for the engine's own demo suite.</summary>
[Binding]
public sealed class DemoSteps(ScenarioLog log, RunContext run)
{
    private readonly List<int> _numbers = [];
    private int _result;

    [Given("the calculator is cleared")]
    public void Cleared() => _numbers.Clear();

    [Given("the number {int}")]
    public void Number(int n) => _numbers.Add(n);

    [When("they are added")]
    public void Add() => _result = _numbers.Sum();

    [When("it is doubled")]
    public void Double() => _result = _numbers.Single() * 2;

    [Given("a fixture the profile does not have")]
    public void MissingFixture() => throw new FixtureMissingException("demo.widget");

    [Then("the result is {int}")]
    public void Result(int expected)
    {
        if (_result != expected)
        {
            throw new InvalidOperationException($"expected {expected} but the result was {_result} (profile has obshell: {run.Profile.Obshell is not null})");
        }
    }

    [Then("the target quotes the secret in {word}")]
    public void QuotesSecret(string variable) =>
        throw new InvalidOperationException($"the target answered: token={run.Secrets.Get(variable, "demo.tokenEnv")}");

    [Then("a note is recorded")]
    public void RecordNote() => log.Note("DEMO-N1", "a point no public source settles");
}
