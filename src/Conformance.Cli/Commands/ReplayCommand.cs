using System.CommandLine;
using Conformance.Cli.Jobs;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance replay FILE</c>: send a replay file's request again (encrypted or signed afresh) and print the answer.</summary>
internal static class ReplayCommand
{
    public static Command Create(TextWriter output, TextWriter error, Engine.Packs.PackList packs)
    {
        var file = new Argument<string>("file") { Description = "A replay-*.json file written by explore." };
        var target = new Option<string?>("--target") { Description = "Base URL; overrides the profile's." };
        var profile = new Option<string?>("--profile") { Description = "Target profile (JSON), as for run." };
        var command = new Command("replay", "Send a replay file's request again and print status, headers and body.") { file, target, profile };
        command.SetAction((parse, cancellation) => new ReplayJob(output, error).ExecuteAsync(
            parse.GetValue(file)!, new RunRequest { Target = parse.GetValue(target), ProfilePath = parse.GetValue(profile), Packs = packs }, cancellation));
        return command;
    }
}
