using System.CommandLine;
using Conformance.Cli.Jobs;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance run</c>: judge a target (or the embedded reference stub) and write the reports.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error, Engine.Packs.PackList packs)
    {
        var scope = new ScopeOptions(packs);
        var target = new Option<string?>("--target") { Description = "Base URL of the server to judge; overrides every baseUrl in the profile. Without it (and without --profile) the embedded reference stub is judged." };
        var outDir = new Option<string>("--out") { Description = "Folder for junit.xml, cucumber.ndjson, report.html and certificate.json.", DefaultValueFactory = _ => "reports" };
        var timeout = new Option<double>("--request-timeout") { Description = "Seconds to wait for one answer.", DefaultValueFactory = _ => 10 };
        var deadline = new Option<double?>("--deadline") { Description = "Seconds the whole run may take (default: 600 against the embedded stub; against a target, the plan's bound from the profile's timeouts plus 600)." };
        var allowIncomplete = new Option<bool>("--allow-incomplete") { Description = "Exit 0 when no MUST failed but some were not judged (a small cluster); the certificate still says incomplete." };
        var insecure = new Option<bool>("--insecure") { Description = "Accept a TLS certificate that does not validate." };
        var baseline = new Option<string?>("--baseline") { Description = "JSON file of known deviations ({\"deviations\": [{\"id\", \"reason\"}]}): their MUST failures do not fail the exit code; the certificate keeps the true verdict." };
        var signKey = new Option<string?>("--sign-key") { Description = "PEM EC P-256 private key (PKCS#8 or SEC1): sign certificate.json (ES256); check it with 'conformance verify'." };
        var timings = new Option<bool>("--timings") { Description = "Print to stderr where the wall time went: start-up, suite and stub, session, scenarios, reports." };
        var command = new Command("run", "Run the conformance suite and write the reports.") { target };
        foreach (var option in scope.All.Concat([outDir, timeout, deadline, insecure, baseline, signKey, timings, allowIncomplete]))
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellation) => new RunJob(output, error).ExecuteAsync(
            scope.Read(parse, new RunRequest
            {
                Target = parse.GetValue(target),
                OutDir = parse.GetValue(outDir)!,
                RequestTimeoutSeconds = parse.GetValue(timeout),
                DeadlineSeconds = parse.GetValue(deadline),
                Insecure = parse.GetValue(insecure),
                BaselinePath = parse.GetValue(baseline),
                SignKeyPath = parse.GetValue(signKey),
                Timings = parse.GetValue(timings),
                AllowIncomplete = parse.GetValue(allowIncomplete),
            }),
            cancellation));
        return command;
    }
}
