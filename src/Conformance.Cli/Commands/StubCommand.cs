using System.CommandLine;
using Conformance.Engine.Packs;
using Conformance.Engine.Reports;
using Conformance.Engine.Results;
using Conformance.Stub;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance stub</c>: serve the reference stub (every pack's API on one port) until stopped.</summary>
internal static class StubCommand
{
    public static Command Create(TextWriter output, TextWriter error, PackList packs)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var writeProfile = new Option<string?>("--write-profile") { Description = "Write the profile describing the stub's fixtures to this file." };
        var deviate = new Option<string[]>("--deviate") { Description = "Break one MUST requirement on purpose (repeatable); see --list-deviations." };
        var listDeviations = new Option<bool>("--list-deviations") { Description = "Print the deviation modes with the requirement each breaks, then exit." };
        var small = new Option<bool>("--small") { Description = "With --write-profile: one removable node per API, each with a restore that brings it back." };
        var paceOptions = packs.Where(p => p.Stub.Pace is not null)
            .Select(p => (p.Name, Pace: p.Stub.Pace!, Option: new Option<int?>(p.Stub.Pace!.Option) { Description = p.Stub.Pace.Description }))
            .ToList();
        var command = new Command("stub", "Serve the reference stub on 127.0.0.1 until stopped (Ctrl-C).")
        {
            port, writeProfile, small, deviate, listDeviations,
        };
        foreach (var pace in paceOptions)
        {
            command.Options.Add(pace.Option);
        }

        command.SetAction(async (parse, cancellation) =>
        {
            if (parse.GetValue(listDeviations))
            {
                foreach (var d in StubDeviations.Of(packs))
                {
                    await output.WriteLineAsync($"{d.Name,-40} {d.RequirementId}  {d.Description}");
                }

                return ExitCodes.Conformant;
            }

            var deviations = parse.GetValue(deviate) ?? [];
            if (deviations.FirstOrDefault(n => StubDeviations.Of(packs).All(d => d.Name != n)) is { } unknown)
            {
                await error.WriteLineAsync($"usage error: --deviate {unknown} is not a deviation mode; closest: {string.Join(", ", StubDeviations.Closest(unknown, packs: packs))} (see --list-deviations)");
                return ExitCodes.UsageError;
            }

            var requested = parse.GetValue(port);
            if (requested is < 0 or > 65535)
            {
                await error.WriteLineAsync($"usage error: --port {requested} is not a port number (0-65535)");
                return ExitCodes.UsageError;
            }

            var paces = paceOptions.Select(p => (p.Name, p.Pace, Ms: parse.GetValue(p.Option))).ToList();
            if (paces.FirstOrDefault(p => p.Ms <= 0) is { Pace: { } badPace })
            {
                await error.WriteLineAsync($"usage error: {badPace.Option} must be a positive number of milliseconds");
                return ExitCodes.UsageError;
            }

            if (parse.GetValue(small) && parse.GetValue(writeProfile) is null)
            {
                await error.WriteLineAsync("usage error: --small only changes the profile --write-profile writes");
                return ExitCodes.UsageError;
            }

            var console = TextWriter.Synchronized(output);
            ReferenceStub stub;
            try
            {
                stub = ReferenceStub.Start(requested, deviations: deviations, packs: packs,
                    paces: paces.Where(p => p.Ms is not null).ToDictionary(p => p.Name, p => TimeSpan.FromMilliseconds(p.Ms!.Value)),
                    diagnostics: Refused(console));
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
                    AtomicFile.WriteAllText(path, StubProfile.Text(stub.Url, parse.GetValue(small), packs));
                    await console.WriteLineAsync($"profile written to {path}");
                }

                await console.WriteLineAsync($"reference stub listening on {stub.Url} ({packs.Titles}); Ctrl-C stops it");
                if (paces.Any(p => p.Ms is not null))
                {
                    var moving = paces.Select(p => p.Ms is { } ms ? string.Format(System.Globalization.CultureInfo.InvariantCulture, p.Pace.Moving, ms) : p.Pace.ByPolls);
                    await console.WriteLineAsync($"moving by time: {string.Join(", ", moving)}");
                }

                if (deviations.Length > 0)
                {
                    // Loud on purpose: a deviating stub must never be mistaken for the reference.
                    await console.WriteLineAsync($"DEVIATING on purpose: {string.Join(", ", deviations)}");
                }

                await console.FlushAsync(cancellation);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellation);
                }
                catch (OperationCanceledException)
                {
                    await console.WriteLineAsync("reference stub stopped");
                }
            }

            return ExitCodes.Conformant;
        });
        return command;
    }

    /// <param name="console">Synchronized: lanes refuse on WireMock's request threads, while the banner may still be going out.</param>
    private static Action<string> Refused(TextWriter console) => line =>
    {
        console.WriteLine($"refused: {line}");
        console.Flush();
    };
}
