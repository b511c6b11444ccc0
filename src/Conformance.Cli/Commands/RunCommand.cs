using System.CommandLine;
using Conformance.Cli.Jobs;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance run</c>: judge a target (or the embedded reference stub) and write the reports.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Option<string?>("--target") { Description = "Base URL of the server to judge; overrides every baseUrl in the profile. Without it (and without --profile) the embedded reference stub is judged." };
        var profile = new Option<string?>("--profile") { Description = "Target profile (JSON): fixtures and the names of the environment variables holding secrets." };
        var api = new Option<string?>("--api") { Description = "Judge one API only." };
        api.AcceptOnlyFromAmong("obshell", "cce");
        var outDir = new Option<string>("--out") { Description = "Folder for junit.xml, cucumber.ndjson, report.html and certificate.json.", DefaultValueFactory = _ => "reports" };
        var tags = new Option<string?>("--tags") { Description = "Cucumber tag expression selecting scenarios, e.g. \"@must and not @slow\"." };
        var shard = new Option<string?>("--shard") { Description = "Run one deterministic slice of the suite: INDEX/COUNT, e.g. 1/4." };
        var suite = new Option<string?>("--suite") { Description = "Folder holding features/ and schemas/ (default: the suite shipped with the harness)." };
        var timeout = new Option<double>("--request-timeout") { Description = "Seconds to wait for one answer.", DefaultValueFactory = _ => 10 };
        var deadline = new Option<double?>("--deadline") { Description = "Seconds the whole run may take (default: 600 against the embedded stub; against a target, twice the plan's estimate from the profile's bounds, at least 600)." };
        var allowIncomplete = new Option<bool>("--allow-incomplete") { Description = "Exit 0 when no MUST failed but some were not judged (a small cluster); the certificate still says incomplete." };
        var insecure = new Option<bool>("--insecure") { Description = "Accept a TLS certificate that does not validate." };
        var parallel = new Option<int?>("--parallel") { Description = "Scenarios run at once (those tagged @serial still one at a time); default 8 against a target (most of a run is waiting for removals), 2 against the embedded stub." };
        var baseline = new Option<string?>("--baseline") { Description = "JSON file of known deviations ({\"deviations\": [{\"id\", \"reason\"}]}): their MUST failures do not fail the exit code; the certificate keeps the true verdict." };
        var signKey = new Option<string?>("--sign-key") { Description = "PEM EC P-256 private key (PKCS#8 or SEC1): sign certificate.json (ES256); check it with 'conformance verify'." };
        var timings = new Option<bool>("--timings") { Description = "Print to stderr where the wall time went: start-up, suite and stub, session, scenarios, reports." };
        var command = new Command("run", "Run the conformance suite and write the reports.")
        {
            target, profile, api, outDir, tags, shard, suite, timeout, deadline, insecure, parallel, baseline, signKey, timings, allowIncomplete,
        };
        command.SetAction((parse, cancellation) => new RunJob(output, error).ExecuteAsync(
            new RunRequest
            {
                Target = parse.GetValue(target),
                ProfilePath = parse.GetValue(profile),
                Api = parse.GetValue(api),
                OutDir = parse.GetValue(outDir)!,
                Tags = parse.GetValue(tags),
                Shard = parse.GetValue(shard),
                SuiteRoot = parse.GetValue(suite),
                RequestTimeoutSeconds = parse.GetValue(timeout),
                DeadlineSeconds = parse.GetValue(deadline),
                Insecure = parse.GetValue(insecure),
                Parallel = parse.GetValue(parallel),
                BaselinePath = parse.GetValue(baseline),
                SignKeyPath = parse.GetValue(signKey),
                Timings = parse.GetValue(timings),
                AllowIncomplete = parse.GetValue(allowIncomplete),
            },
            cancellation));
        return command;
    }
}
