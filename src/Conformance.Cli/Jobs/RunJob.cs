using System.Reflection;
using Conformance.Cli.Output;
using Conformance.Engine;
using Conformance.Engine.Certification;
using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Reports;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Engine.Tags;
using Conformance.Stub;

namespace Conformance.Cli.Jobs;

/// <summary>One <c>conformance run</c>: resolve the target, run the suite, write the four reports, map the outcome to an exit code.</summary>
internal sealed class RunJob(TextWriter output, TextWriter error)
{
    public static string Version { get; } =
        typeof(RunJob).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public async Task<int> ExecuteAsync(RunRequest request, CancellationToken cancellation)
    {
        var timer = new PhaseTimer(request.Timings ? error : null);
        var outDir = Path.GetFullPath(request.OutDir);
        _ = ReqnrollWarmUp.StartAsync();
        var view = new ConsoleView(output);
        string? suiteRoot = null;
        ResolvedTarget? target = null;
        try
        {
            Directory.CreateDirectory(outDir);
            suiteRoot = SuiteLocator.Find(request.SuiteRoot);
            var root = suiteRoot;

            // Parsing the suite and starting the embedded stub are independent: overlap them.
            var loading = Task.Run(() => FeatureLoader.Load(root));
            using var gating = Gating.Load(request);
            target = TargetResolver.Resolve(request);
            var workers = (request.Parallel ?? (target.EmbeddedStub is null ? RunOptions.DefaultTargetWorkers : 2)) is var w and >= 1 and <= 64
                ? w
                : throw new ConfigurationException($"--parallel {request.Parallel}: expected 1 to 64");
            var suite = await loading;
            timer.Mark("suite and target");
            var plan = Commands.PlanCommand.For(request with { Parallel = workers }, suite, target.Profile);

            // Against a target the default deadline is what the profile's bounds allow, so a slow real cluster is not cut short.
            var deadline = request.DeadlineSeconds ?? (target.EmbeddedStub is not null ? 600 : Math.Max(600, plan.UpperBound.TotalSeconds + 600));
            var options = new RunOptions
            {
                Tags = TagExpression.Parse(request.Tags),
                Shard = request.Shard is null ? null : Shard.Parse(request.Shard),
                Deadline = TimeSpan.FromSeconds(deadline),
                Workers = workers,
            };
            var inScope = Scope.Select(suite.Cases, options, target.Profile).Count();
            if (inScope == 0)
            {
                throw new ConfigurationException($"no scenario is in scope: --tags '{request.Tags}', --shard '{request.Shard}' and --api '{request.Api}' together select none");
            }

            using var targetSession = TargetSession.Open(
                target, new HttpOptions { RequestTimeout = TimeSpan.FromSeconds(request.RequestTimeoutSeconds), Insecure = request.Insecure }, suiteRoot, cancellation);
            var (context, secrets) = (targetSession.Context, targetSession.Context.Secrets);
            view.Header(target.Url, target.EmbeddedStub is not null, inScope);
            await output.WriteLineAsync(Output.PlanView.Line(plan));
            RunResult run;
            var reports = new ReportSet(outDir);
            using (var reqnrollReports = new ReqnrollReports(outDir))
            {
                await using (var session = await StubSuite.StartSessionAsync(context, request.Packs))
                {
                    timer.Mark("Reqnroll session");
                    run = await view.WithProgressAsync(
                        inScope,
                        progress => ConformanceRun.ExecuteAsync(session, suite, options, progress, cancellation));
                    timer.Mark("scenarios");
                }

                reports.Write("cucumber.ndjson and cucumber.html", _ => reqnrollReports.Complete(secrets.Masker.Apply));
                timer.Mark("Reqnroll reports");
            }

            var judged = gating.Annotate(CertificateBuilder.Build(
                run, target.Profile, target.Url, SuiteHash.Compute(suiteRoot), Version, suite.Catalogues,
                target.EmbeddedStub is null ? null : TargetInfo.EmbeddedReferenceStub), options.Shard);
            var certificate = JudgedReports.Write(reports, run, judged, suite.Catalogues, secrets.Masker, gating);
            timer.Mark("our reports");
            view.Summary(certificate, run, outDir);
            await NextProfile.WriteAsync(context, request.Packs, request.ProfilePath, outDir, output);
            timer.Mark("summary");
            timer.Print();
            return await JudgedReports.ConcludeAsync(certificate, reports, gating, output, error);
        }
        catch (ConfigurationException e)
        {
            WriteErrorCertificate(outDir, e.Message, request.Target ?? target?.Url ?? string.Empty, suiteRoot);
            await error.WriteLineAsync($"configuration error: {e.Message}");
            return ExitCodes.UsageError;
        }
        finally
        {
            target?.EmbeddedStub?.Dispose();
        }
    }

    private static void WriteErrorCertificate(string outDir, string reason, string url, string? suiteRoot)
    {
        try
        {
            var sha = suiteRoot is null ? string.Empty : SuiteHash.Compute(suiteRoot);
            var certificate = CertificateBuilder.ForConfigurationError(reason, url, sha, Version, TimeProvider.System.GetUtcNow());
            AtomicFile.WriteAllText(Path.Combine(outDir, JudgedReports.CertificateFile), CertificateJson.Serialize(certificate));
        }
        catch (IOException)
        {
            // The out folder itself is unusable; the one-line error already says why the run stopped.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
