using Spectre.Console;

namespace Conformance.Cli.Output;

/// <summary>A Spectre console over one writer: live (redrawn in place) only when it is the process's own stdout or stderr on a terminal.</summary>
internal static class Terminal
{
    public static IAnsiConsole For(TextWriter writer)
    {
        // A log, a pipe or a test's StringWriter gets plain lines: no cursor movement, no colour codes.
        var live = (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
            || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = live ? InteractionSupport.Detect : InteractionSupport.No,
            Ansi = live ? AnsiSupport.Detect : AnsiSupport.No,
        });
    }
}
