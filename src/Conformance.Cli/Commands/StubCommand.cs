using System.CommandLine;
using Conformance.Engine.Reports;
using Conformance.Engine.Results;
using Conformance.Stub;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance stub</c>: serve the reference stub (both APIs on one port) until stopped.</summary>
internal static class StubCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var writeProfile = new Option<string?>("--write-profile") { Description = "Write the profile describing the stub's fixtures to this file." };
        var deviate = new Option<string[]>("--deviate") { Description = "Break one MUST requirement on purpose (repeatable); see --list-deviations." };
        var listDeviations = new Option<bool>("--list-deviations") { Description = "Print the deviation modes with the requirement each breaks, then exit." };
        var command = new Command("stub", "Serve the reference stub on 127.0.0.1 until stopped (Ctrl-C).") { port, writeProfile, deviate, listDeviations };
        command.SetAction(async (parse, cancellation) =>
        {
            if (parse.GetValue(listDeviations))
            {
                foreach (var d in StubDeviations.All)
                {
                    await output.WriteLineAsync($"{d.Name,-40} {d.RequirementId}  {d.Description}");
                }

                return ExitCodes.Conformant;
            }

            var deviations = parse.GetValue(deviate) ?? [];
            if (deviations.FirstOrDefault(n => StubDeviations.All.All(d => d.Name != n)) is { } unknown)
            {
                await error.WriteLineAsync($"usage error: --deviate {unknown} is not a deviation mode; closest: {string.Join(", ", StubDeviations.Closest(unknown))} (see --list-deviations)");
                return ExitCodes.UsageError;
            }

            var requested = parse.GetValue(port);
            if (requested is < 0 or > 65535)
            {
                await error.WriteLineAsync($"usage error: --port {requested} is not a port number (0-65535)");
                return ExitCodes.UsageError;
            }

            ReferenceStub stub;
            try
            {
                stub = ReferenceStub.Start(requested, deviations: deviations);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidOperationException or WireMock.Exceptions.WireMockException)
            {
                await error.WriteLineAsync($"configuration error: cannot listen on 127.0.0.1:{requested}: {e.Message}");
                return ExitCodes.UsageError;
            }

            using (stub)
            {
                if (parse.GetValue(writeProfile) is { } path)
                {
                    AtomicFile.WriteAllText(path, StubProfile.Text(stub.Url));
                    await output.WriteLineAsync($"profile written to {path}");
                }

                await output.WriteLineAsync($"reference stub listening on {stub.Url} (obshell and CCE); Ctrl-C stops it");
                if (deviations.Length > 0)
                {
                    // Loud on purpose: a deviating stub must never be mistaken for the reference.
                    await output.WriteLineAsync($"DEVIATING on purpose: {string.Join(", ", deviations)}");
                }

                await output.FlushAsync(cancellation);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellation);
                }
                catch (OperationCanceledException)
                {
                    await output.WriteLineAsync("reference stub stopped");
                }
            }

            return ExitCodes.Conformant;
        });
        return command;
    }
}
