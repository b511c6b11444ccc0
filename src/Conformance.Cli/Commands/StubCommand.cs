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
        var small = new Option<bool>("--small") { Description = "With --write-profile: one removable node per API, each with a restore that brings it back." };
        var dagStageMs = new Option<int?>("--dag-stage-ms") { Description = "obshell DAGs advance one stage per N ms of elapsed time instead of one step per poll." };
        var jobMs = new Option<int?>("--job-ms") { Description = "CCE jobs reach Success N ms after creation instead of after a number of polls." };
        var command = new Command("stub", "Serve the reference stub on 127.0.0.1 until stopped (Ctrl-C).")
        {
            port, writeProfile, small, deviate, listDeviations, dagStageMs, jobMs,
        };
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

            var (stageMs, jobDurationMs) = (parse.GetValue(dagStageMs), parse.GetValue(jobMs));
            if ((stageMs, jobDurationMs) switch { ( <= 0, _) => "--dag-stage-ms", (_, <= 0) => "--job-ms", _ => null } is { } badDuration)
            {
                await error.WriteLineAsync($"usage error: {badDuration} must be a positive number of milliseconds");
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(small) && parse.GetValue(writeProfile) is null)
            {
                await error.WriteLineAsync("usage error: --small only changes the profile --write-profile writes");
                return ExitCodes.UsageError;
            }

            ReferenceStub stub;
            try
            {
                stub = ReferenceStub.Start(requested, deviations: deviations,
                    dagStageDuration: Milliseconds(stageMs), jobDuration: Milliseconds(jobDurationMs));
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
                    AtomicFile.WriteAllText(path, StubProfile.Text(stub.Url, parse.GetValue(small)));
                    await output.WriteLineAsync($"profile written to {path}");
                }

                await output.WriteLineAsync($"reference stub listening on {stub.Url} (obshell and CCE); Ctrl-C stops it");
                if (stageMs is not null || jobDurationMs is not null)
                {
                    var dags = stageMs is { } stage ? $"a DAG stage every {stage} ms" : "DAGs one step per poll";
                    var jobs = jobDurationMs is { } job ? $"a CCE job done {job} ms after it starts" : "CCE jobs by polls";
                    await output.WriteLineAsync($"moving by time: {dags}, {jobs}");
                }

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

    private static TimeSpan? Milliseconds(int? ms) => ms is { } value ? TimeSpan.FromMilliseconds(value) : null;
}
