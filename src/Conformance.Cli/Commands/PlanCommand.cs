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
    public static Command Create(TextWriter output, TextWriter error, Engine.Packs.PackList packs)
    {
        var scope = new ScopeOptions(packs);
        var command = new Command("plan", "Say what a run would judge with this profile and how long it may take; sends nothing. Exit 0 when every MUST in scope can be judged, 4 when not.");
        foreach (var option in scope.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var request = scope.Read(parse, new RunRequest());
            var plan = For(request, FeatureLoader.Load(SuiteLocator.Find(request.SuiteRoot)), PlannedProfile(request));
            PlanView.WriteFull(output, plan);
            return plan.UnjudgedMusts.Count == 0 ? ExitCodes.Conformant : ExitCodes.Incomplete;
        });
        return command;
    }

    /// <summary>The plan of a run with these options; <c>run</c> prints its line before it starts.</summary>
    public static RunPlan For(RunRequest request, FeatureSet suite, Engine.Profiles.TargetProfile profile) =>
        RunPlan.Build(suite.Cases, profile, Options(request), request.Packs.FixtureNeeds);

    private static RunOptions Options(RunRequest request) => new()
    {
        Tags = TagExpression.Parse(request.Tags),
        Shard = request.Shard is null ? null : Shard.Parse(request.Shard),
        Workers = request.Parallel ?? RunOptions.DefaultTargetWorkers,
    };

    private static Engine.Profiles.TargetProfile PlannedProfile(RunRequest request) =>
        (request.ProfilePath is null ? StubProfile.Create("http://127.0.0.1:0", packs: request.Packs) : request.Packs.Profiles.LoadFile(request.ProfilePath)).Only(request.Api);
}
