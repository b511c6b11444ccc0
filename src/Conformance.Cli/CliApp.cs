using System.CommandLine;
using Conformance.Cli.Commands;
using Conformance.Engine;
using Conformance.Engine.Packs;
using Conformance.Engine.Results;
using Conformance.Packs;

namespace Conformance.Cli;

/// <summary>The conformance command line: <c>run</c> and <c>stub</c>, with exit codes CI scripts can rely on.</summary>
public static class CliApp
{
    /// <param name="packs">The APIs the harness knows; the shipped ones (<see cref="ApiPacks.All"/>) when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, PackList? packs = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        packs ??= ApiPacks.All;
        var root = new RootCommand($"Conformance harness for cluster node-removal APIs ({string.Join(", ", packs.Select(p => p.Summary))}).")
        {
            RunCommand.Create(output, error, packs),
            PlanCommand.Create(output, error, packs),
            StubCommand.Create(output, error, packs),
            VerifyCommand.Create(output, error),
            DiffCommand.Create(output, error),
            MergeCommand.Create(output, error),
            OpenApiCommand.Create(output, error, packs),
            ExploreCommand.Create(output, error, packs),
            ReplayCommand.Create(output, error, packs),
        };
        // Tag expressions start with '@', which System.CommandLine would otherwise read as a response file.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            await error.WriteLineAsync($"usage error: {OneLine(parsed.Errors[0].Message)} (see 'conformance --help')");
            return ExitCodes.UsageError;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,

                // Ctrl-C cancels the run; the reports for what ran still need a moment to be written.
                ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
            });
        }
        catch (ConfigurationException e)
        {
            // The commands that only read files (verify, diff, merge) report a bad file this way.
            await error.WriteLineAsync($"configuration error: {OneLine(e.Message)}");
            return ExitCodes.UsageError;
        }
        catch (Exception e)
        {
            // Never a stack trace for a user: one line, and the exit code of a run that judged nothing.
            await error.WriteLineAsync($"harness error: {OneLine(e.Message)} ({e.GetType().Name})");
            return ExitCodes.UsageError;
        }
    }

    // CI logs are read line by line: a reason is always one line.
    internal static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
}
