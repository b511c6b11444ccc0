using Conformance.Cli.Jobs;
using FluentAssertions;
using Conformance.Cli.Output;
using Conformance.Engine.Features;
using Conformance.Engine.Results;

namespace Conformance.Cli.Tests;

/// <summary>The lines a log gets while a run goes on.</summary>
public sealed class ConsoleViewTests
{
    [Test]
    public async Task A_failure_line_keeps_the_targets_words_but_none_of_its_control_characters()
    {
        var c = FeatureLoader.Load(SuiteLocator.Find(null)).Cases[0];
        var output = new StringWriter();
        var view = new ConsoleView(output);
        var hostile = "expected 200, got 500: \u001b[2J\u001b]0;pwned\u0007 body\rmore";

        await view.WithProgressAsync(1, progress =>
        {
            progress.Report(new ScenarioResult(c, ScenarioStatus.Failed, TimeSpan.Zero, hostile));
            return Task.FromResult(new RunResult([], [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));
        });

        var line = output.ToString().TrimEnd('\n', '\r');
        line.Should().StartWith("[1/1] FAILED ").And.Contain(c.Name).And.Contain("expected 200, got 500:").And.Contain("pwned");
        line.Should().NotContainAny("\u001b", "\u0007", "\r");
    }
}
