using Conformance.Cli.Output;
using Conformance.Engine.Explore;
using FluentAssertions;
using Spectre.Console;

namespace Conformance.Cli.Tests;

/// <summary>explore's progress: requests/s and findings so far, a line a second in a log, redrawn in place on a terminal.</summary>
public sealed class ExploreProgressViewTests
{
    [Test]
    public async Task A_log_gets_a_plain_line_a_second_and_the_last_one()
    {
        var output = new StringWriter();
        var clock = new ManualClock();
        var view = new ExploreProgressView(output, clock);

        await view.RunAsync("cce", 300, progress =>
        {
            progress.Report(new ExploreProgress("cce", 1, 300, 100, 0, false));
            clock.Advance(TimeSpan.FromMilliseconds(500));
            progress.Report(new ExploreProgress("cce", 50, 300, 100, 0, false));
            clock.Advance(TimeSpan.FromMilliseconds(600));
            progress.Report(new ExploreProgress("cce", 110, 300, 1234.4, 1, false));
            progress.Report(new ExploreProgress("cce", 300, 300, 1500, 2, true));
            return Task.FromResult(0);
        });

        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).Should().Equal(
            "explore cce: 110/300 request(s), 1234 req/s, 1 finding(s)",
            "explore cce: 300/300 request(s), 1500 req/s, 2 finding(s)");
    }

    [Test]
    public async Task A_terminal_gets_the_line_redrawn_in_place()
    {
        var output = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        var view = new ExploreProgressView(output, new ManualClock(), terminal);

        await view.RunAsync("obshell", 300, async progress =>
        {
            progress.Report(new ExploreProgress("obshell", 100, 300, 800, 0, false));
            await Task.Delay(300);
            progress.Report(new ExploreProgress("obshell", 300, 300, 900, 3, true));
            await Task.Delay(300);
            return 0;
        });

        var text = output.ToString();
        text.Should().Contain("800 req/s, 0 finding(s)").And.Contain("900 req/s, 3 finding(s)");
        // Redrawn, not appended: the live display moves the cursor back over the previous drawing.
        text.Should().MatchRegex("\u001b\\[\\d*A");
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
