using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Conformance.Engine.Secrets;

namespace Conformance.Engine.Fixtures;

/// <summary>What a restore command did: whether it exited 0, its last line of output (a re-added node's new uid), and a masked account for the report.</summary>
public sealed record RestoreOutcome(bool Succeeded, string? LastLine, string Account);

/// <summary>
/// Runs the profile's restore command: an argument list started without a shell (so nothing in a node address can
/// become shell syntax), placeholders replaced, the harness's environment inherited (the only way secrets reach it),
/// killed with its children when it outlives its bound.
/// </summary>
public static class RestoreCommand
{
    private const int KeptOutput = 2000;

    public static async Task<RestoreOutcome> RunAsync(
        IReadOnlyList<string> command,
        IReadOnlyDictionary<string, string> placeholders,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        SecretMasker masker,
        CancellationToken cancellation)
    {
        var args = command.Select(a => placeholders.Aggregate(a, (text, p) => text.Replace("{" + p.Key + "}", p.Value, StringComparison.Ordinal))).ToList();
        var shown = string.Join(' ', args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
        var info = new ProcessStartInfo(args[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var a in args.Skip(1))
        {
            info.ArgumentList.Add(a);
        }

        // The profile's secrets, by the variable names it gives: never on the command line, where any user could read them.
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            return new RestoreOutcome(false, null, masker.Apply($"restore command `{shown}` could not start: {e.Message}"));
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        bound.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(bound.Token);
            await process.WaitForExitAsync(CancellationToken.None); // drains the redirected streams
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            var why = cancellation.IsCancellationRequested ? "the run was interrupted" : $"it outlived restore.timeoutSeconds ({timeout.TotalSeconds:0} s)";
            return new RestoreOutcome(false, null, masker.Apply($"restore command `{shown}` was killed: {why}; output: {Tail(output)}"));
        }

        var text = Tail(output);
        var last = OutputLines(output).LastOrDefault();
        var account = masker.Apply($"restore command `{shown}` exited {process.ExitCode} after {watch.Elapsed.TotalSeconds:0.0} s; output: {text}");
        return new RestoreOutcome(process.ExitCode == 0, last is null ? null : masker.Apply(last), account);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);

            // Only the end is kept: a chatty command must not grow the report without bound.
            if (output.Length > 4 * KeptOutput)
            {
                output.Remove(0, output.Length - KeptOutput);
            }
        }
    }

    private static IEnumerable<string> OutputLines(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        }
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString().Trim();
            return text.Length == 0 ? "(none)" : text.Length <= KeptOutput ? text : "..." + text[^KeptOutput..];
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }
}
