using Conformance.Engine.Explore;
using Spectre.Console;

namespace Conformance.Cli.Output;

/// <summary>What a person watching explore sees: a bar per API redrawn in place with requests/s and findings so far, or a plain line a second in a log.</summary>
internal sealed class ExploreProgressView(TextWriter writer, TimeProvider time, IAnsiConsole? console = null)
{
    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(1);

    private readonly IAnsiConsole _console = console ?? Terminal.For(writer);

    public async Task<T> RunAsync<T>(string api, int budget, Func<IProgress<ExploreProgress>, Task<T>> explore)
    {
        if (!_console.Profile.Capabilities.Interactive)
        {
            var last = time.GetTimestamp();
            return await explore(new SyncProgress<ExploreProgress>(p =>
            {
                if (p.Done || time.GetElapsedTime(last) >= LineEvery)
                {
                    last = time.GetTimestamp();
                    writer.WriteLine(p.ToString());
                }
            }));
        }

        T result = default!;
        await _console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape($"explore {api}"), maxValue: Math.Max(budget, 1));
                result = await explore(new SyncProgress<ExploreProgress>(p =>
                {
                    task.Value = p.Sent;
                    task.Description = Markup.Escape(p.ToString());
                }));

                // A --seconds limit can end the exploration before its budget: the bar still ends full.
                task.Value = task.MaxValue;
            });
        return result;
    }
}
