using System.CommandLine;
using Conformance.Cli.Jobs;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance explore</c>: generated requests against a target (or the embedded stub), findings shrunk into replay files.</summary>
internal static class ExploreCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Option<string?>("--target") { Description = "Base URL of the server to explore; overrides every baseUrl in the profile. Without it (and without --profile) the embedded reference stub is explored." };
        var profile = new Option<string?>("--profile") { Description = "Target profile (JSON), as for run." };
        var api = new Option<string?>("--api") { Description = "Explore one API only." };
        api.AcceptOnlyFromAmong([.. ExplorePacks.All.Select(p => p.Api)]);
        var budget = new Option<int>("--budget") { Description = "Generated requests per API (shrinking a finding sends up to 180 more).", DefaultValueFactory = _ => ExploreRequest.DefaultBudget };
        var seconds = new Option<double?>("--seconds") { Description = "Stop exploring an API after this many seconds." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the request sequence: the same seed sends the same requests." };
        var timeout = new Option<double>("--request-timeout") { Description = "Seconds to wait for one answer, as for run; a slower answer ends the exploration (exit 3).", DefaultValueFactory = _ => ExploreRequest.DefaultRequestTimeoutSeconds };
        var outDir = new Option<string>("--out") { Description = "Folder for exploration.json, junit.xml, report.html and the replay files.", DefaultValueFactory = _ => "reports" };
        var command = new Command("explore", "Send generated requests, check every answer against the contract, shrink and save what breaks.")
        {
            target, profile, api, budget, seconds, seed, timeout, outDir,
        };
        command.SetAction((parse, cancellation) => new ExploreJob(output, error).ExecuteAsync(
            new ExploreRequest
            {
                Target = parse.GetValue(target),
                ProfilePath = parse.GetValue(profile),
                Api = parse.GetValue(api),
                Budget = parse.GetValue(budget),
                Seconds = parse.GetValue(seconds),
                Seed = parse.GetValue(seed),
                OutDir = parse.GetValue(outDir)!,
                RequestTimeoutSeconds = parse.GetValue(timeout),
            },
            cancellation));
        return command;
    }
}
