using System.CommandLine;
using Conformance.Cli.Jobs;
using Conformance.Cli.Output;
using Conformance.Engine.Features;
using Conformance.Engine.Planning;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Engine.Tags;
using Conformance.Stub;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance plan</c>: what a run with this profile would judge, and the longest it may take; sends nothing.</summary>
internal static class PlanCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var profile = new Option<string?>("--profile") { Description = "Target profile (JSON); without it, the reference stub's own fixture set." };
        var api = new Option<string?>("--api") { Description = "Plan one API only." };
        api.AcceptOnlyFromAmong("obshell", "cce");
        var tags = new Option<string?>("--tags") { Description = "Cucumber tag expression selecting scenarios, as for 'run'." };
        var shard = new Option<string?>("--shard") { Description = "One slice of the suite, INDEX/COUNT, as for 'run'." };
        var suite = new Option<string?>("--suite") { Description = "Folder holding features/ and schemas/ (default: the suite shipped with the harness)." };
        var parallel = new Option<int?>("--parallel") { Description = "Scenarios at once, as for 'run' (default 8)." };
        var command = new Command("plan", "Say what a run would judge with this profile and how long it may take; sends nothing. Exit 0 when every MUST in scope can be judged, 4 when not.")
        {
            profile, api, tags, shard, suite, parallel,
        };
        command.SetAction(parse =>
        {
            var request = new RunRequest
            {
                ProfilePath = parse.GetValue(profile),
                Api = parse.GetValue(api),
                Tags = parse.GetValue(tags),
                Shard = parse.GetValue(shard),
                SuiteRoot = parse.GetValue(suite),
                Parallel = parse.GetValue(parallel),
            };
            var plan = For(request, FeatureLoader.Load(SuiteLocator.Find(request.SuiteRoot)), PlannedProfile(request));
            PlanView.WriteFull(output, plan);
            return plan.UnjudgedMusts.Count == 0 ? ExitCodes.Conformant : ExitCodes.Incomplete;
        });
        return command;
    }

    /// <summary>The plan of a run with these options; <c>run</c> prints its line before it starts.</summary>
    public static RunPlan For(RunRequest request, FeatureSet suite, Engine.Profiles.TargetProfile profile) =>
        RunPlan.Build(suite.Cases, profile, Options(request), StubSuite.FixtureNeeds);

    private static RunOptions Options(RunRequest request) => new()
    {
        Tags = TagExpression.Parse(request.Tags),
        Shard = request.Shard is null ? null : Shard.Parse(request.Shard),
        Workers = request.Parallel ?? RunOptions.DefaultTargetWorkers,
    };

    private static Engine.Profiles.TargetProfile PlannedProfile(RunRequest request) =>
        (request.ProfilePath is null ? StubProfile.Create("http://127.0.0.1:0") : Engine.Profiles.ProfileLoader.LoadFile(request.ProfilePath)).Only(request.Api);
}
