using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Conformance.Benchmarks;

// dotnet run -c Release --project tests/Conformance.Benchmarks -- [--json FILE] [--quick] [--cli PATH/conformance|PATH/conformance.dll] [--suite DIR] [--sections 1,2,3,4,5,6,7]
//   [--endpoint TEXT] [--clients 1,8,32]: section 2 on the endpoints whose name contains TEXT only (for a profiler)
string? jsonPath = null;
string? cliPath = null;
string? suiteRoot = null;
var quick = false;
var sections = new HashSet<int> { 1, 2, 3, 4, 5, 6, 7 };
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--json": jsonPath = args[++i]; break;
        case "--quick": quick = true; break;
        case "--cli": cliPath = args[++i]; break;
        case "--suite": suiteRoot = args[++i]; break;
        case "--sections": sections = args[++i].Split(',').Select(int.Parse).ToHashSet(); break;
        case "--endpoint": StubLoad.EndpointFilter = args[++i]; break;
        case "--clients": StubLoad.Clients = args[++i].Split(',').Select(int.Parse).ToArray(); break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}; usage: [--json FILE] [--quick] [--cli PATH/conformance|PATH/conformance.dll] [--suite DIR] [--sections 1,2,3,4,5,6,7] [--endpoint TEXT] [--clients 1,8,32]");
            return 2;
    }
}

suiteRoot ??= FindSuite();
var loadBefore = MachineLoad.Read();
Console.WriteLine($"Conformance benchmarks ({(quick ? "quick" : "full")}); {Environment.ProcessorCount} cores; load average {loadBefore}; suite {suiteRoot}");
var figures = new FigureSet();

if (sections.Contains(1) || sections.Contains(4))
{
    var cli = CliRuns.FindCli(cliPath);
    Console.WriteLine($"[1/4] the built CLI: {cli} ({(cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "framework-dependent, run by dotnet" : "self-contained executable")})");
    CliRuns.Run(figures, cli, quick ? 3 : 7);
}

if (sections.Contains(1) || sections.Contains(4) || sections.Contains(5))
{
    Console.WriteLine("[1/4/5] the suite in process: overhead, scaling, parallel");
    SuiteRuns.Run(figures, suiteRoot, quick);
}

IReadOnlyList<StubLoad.Endpoint>? endpoints = null;
if (sections.Contains(2) || sections.Contains(3))
{
    Console.WriteLine("[2] the reference stub against bare Kestrel");
    endpoints = await StubLoad.RunAsync(figures, quick || !sections.Contains(2));
}

if (sections.Contains(3))
{
    Console.WriteLine("[3] schema validation (BenchmarkDotNet, in-process)");
    var dag = endpoints!.First(e => e.Name.StartsWith("obshell DAG", StringComparison.Ordinal)).ResponseBody;
    SchemaBench.SuiteRoot = suiteRoot;
    SchemaBench.EnvelopeJson = Encoding.UTF8.GetString(dag);
    SchemaBench.DagDetailJson = JsonNode.Parse(dag)!["data"]!.ToJsonString();
    var job = (quick ? Job.Dry.WithIterationCount(5).WithWarmupCount(2).WithInvocationCount(200).WithUnrollFactor(1) : Job.ShortRun)
        .WithToolchain(InProcessEmitToolchain.Instance);
    var artifacts = Directory.CreateTempSubdirectory("conformance-bench-bdn-").FullName;
    var config = ManualConfig.CreateMinimumViable().AddJob(job).WithArtifactsPath(artifacts).AddLogger(quick ? NullLogger.Instance : ConsoleLogger.Default)
        .WithOptions(ConfigOptions.DisableLogFile);
    var summary = BenchmarkRunner.Run<SchemaBench>(config);
    foreach (var payload in new[] { "envelope", "DagDetailDTO" })
    {
        double Mean(string method) => summary.Reports
            .First(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && (string)r.BenchmarkCase.Parameters["Payload"] == payload)
            .ResultStatistics!.Mean;
        var validate = 1e9 / Mean("Validate");
        var parse = 1e9 / Mean("ParseOnly");
        var reference = 1e9 / Mean("NJsonSchemaValidator");
        var chars = (payload == "envelope" ? SchemaBench.EnvelopeJson : SchemaBench.DagDetailJson).Length;
        figures.Add(new Figure("3 schemas", $"schema validation (the harness's evaluator), {payload}", validate, "validations/s")
        {
            Baseline = parse, BaselineName = "System.Text.Json parse",
            Note = $"{Mean("Validate") / 1000:0.0} us per validation, {chars} chars",
        });
        figures.Add(new Figure("3 schemas", $"NJsonSchema's own validator, {payload}", reference, "validations/s")
        {
            Baseline = parse, BaselineName = "System.Text.Json parse",
            Note = $"{Mean("NJsonSchemaValidator") / 1000:0.0} us per validation; the evaluator is {validate / reference:0.0}x faster",
        });
    }

    Directory.Delete(artifacts, recursive: true);
}

if (sections.Contains(6))
{
    Console.WriteLine("[6] real-server timing: the suite against a stub that moves by time alone, default settings");
    RealTiming.Run(figures, suiteRoot);
}

if (sections.Contains(7))
{
    Console.WriteLine($"[7] conformance explore, {ExploreRate.Budget} requests per API against the embedded reference stub, beside the run suite's request rate");
    ExploreRate.Run(figures, suiteRoot, quick);
}

var loadAfter = MachineLoad.Read();
figures.PrintTable(Console.Out, new MachineLoad($"{loadBefore} before, {loadAfter} after"));
foreach (var f in figures.All.Where(f => f.Note is not null))
{
    Console.WriteLine($"  {f.Name}: {f.Note}");
}

if (jsonPath is not null)
{
    figures.WriteJson(jsonPath, loadBefore, loadAfter, quick);
    Console.WriteLine($"figures written to {Path.GetFullPath(jsonPath)}");
}

return 0;

static string FindSuite()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (Directory.Exists(Path.Combine(dir.FullName, "features")) && Directory.Exists(Path.Combine(dir.FullName, "schemas")))
        {
            return dir.FullName;
        }
    }

    return Path.Combine(AppContext.BaseDirectory, "suite");
}
