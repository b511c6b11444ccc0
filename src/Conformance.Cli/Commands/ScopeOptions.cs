using System.CommandLine;
using Conformance.Cli.Jobs;

namespace Conformance.Cli.Commands;

/// <summary>The options <c>run</c> and <c>plan</c> share: the target's profile and what is in scope, read the same way by both.</summary>
internal sealed class ScopeOptions
{
    private readonly Engine.Packs.PackList _packs;

    public ScopeOptions(Engine.Packs.PackList packs)
    {
        _packs = packs;
        Api.AcceptOnlyFromAmong([.. packs.Names]);
    }

    public Option<string?> Profile { get; } = new("--profile") { Description = "Target profile (JSON): fixtures and the names of the environment variables holding secrets." };

    public Option<string?> Api { get; } = new("--api") { Description = "Judge one API only." };

    public Option<string?> Tags { get; } = new("--tags") { Description = "Cucumber tag expression selecting scenarios, e.g. \"@must and not @slow\"." };

    public Option<string?> Shard { get; } = new("--shard") { Description = "Run one deterministic slice of the suite: INDEX/COUNT, e.g. 1/4." };

    public Option<string?> Suite { get; } = new("--suite") { Description = "Folder holding features/ and schemas/ (default: the suite shipped with the harness)." };

    public Option<int?> Parallel { get; } = new("--parallel") { Description = "Scenarios run at once (those tagged @serial still one at a time); default 8 against a target (most of a run is waiting for removals), 2 against the embedded stub." };

    public IEnumerable<Option> All => [Profile, Api, Tags, Shard, Suite, Parallel];

    /// <summary>The request with the scope options as parsed.</summary>
    public RunRequest Read(ParseResult parse, RunRequest request) => request with
    {
        Packs = _packs,
        ProfilePath = parse.GetValue(Profile),
        Api = parse.GetValue(Api),
        Tags = parse.GetValue(Tags),
        Shard = parse.GetValue(Shard),
        SuiteRoot = parse.GetValue(Suite),
        Parallel = parse.GetValue(Parallel),
    };
}
