using System.CommandLine;
using Conformance.Engine.Certification;
using Conformance.Engine.Reports;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance merge</c>: join the certificates of a sharded run into one; its exit code is the merged verdict's.</summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var certificates = new Argument<string[]>("certificates") { Description = "The shards' certificate.json files.", Arity = ArgumentArity.OneOrMore };
        var outFile = new Option<string?>("--out") { Description = "Write the merged certificate here (default: print it)." };
        var baseline = new Option<string?>("--baseline") { Description = "Known deviations, as for 'run': they do not fail the exit code." };
        var allowIncomplete = new Option<bool>("--allow-incomplete") { Description = "Exit 0 when the merged verdict is incomplete (the certificate still says incomplete)." };
        var command = new Command("merge", "Join shard certificates (same suite and target) into one; exit code as for 'run'.")
        {
            certificates, outFile, baseline, allowIncomplete,
        };
        command.SetAction(async (parse, _) =>
        {
            var shards = parse.GetValue(certificates)!.Select(CertificateFile.Read).ToList();
            var known = parse.GetValue(baseline) is { } path ? Baseline.Load(path) : null;
            var merged = CertificateMerger.Merge(shards);
            merged = merged with { Baseline = known is null ? null : BaselineGate.Report(merged, known) };
            if (ShardWarning(shards) is { } warning)
            {
                await error.WriteLineAsync(warning);
            }

            var json = CertificateJson.Serialize(merged);
            if (parse.GetValue(outFile) is { } target)
            {
                AtomicFile.WriteAllText(target, json);
                var s = merged.Totals.Scenarios;
                await output.WriteLineAsync($"merged {shards.Count} certificate(s) into {target}: {s.Passed} passed, {s.Failed} failed, {s.NotRun} not run, {s.NotSelected} not selected; verdict: {merged.Outcome}{(merged.Reason is null ? string.Empty : $" ({merged.Reason})")}");
            }
            else
            {
                await output.WriteLineAsync(json);
            }

            return BaselineGate.ExitCode(merged, known, parse.GetValue(allowIncomplete));
        });
        return command;
    }

    // A missing shard leaves requirements unjudged without failing anything, so it is worth a line.
    private static string? ShardWarning(IReadOnlyList<Certificate> shards)
    {
        var parsed = shards.Select(c => c.Shard?.Split('/')).ToList();
        if (parsed.Any(p => p is not { Length: 2 }))
        {
            return shards.Count > 1 ? "warning: not every certificate is a shard (no 'shard' field)" : null;
        }

        var count = parsed[0]![1];
        var indexes = parsed.Select(p => p![0]).ToHashSet();
        var missing = Enumerable.Range(1, int.TryParse(count, out var n) ? n : 0).Select(i => i.ToString()).Where(i => !indexes.Contains(i)).ToList();
        return parsed.Any(p => p![1] != count) || missing.Count > 0 || indexes.Count != shards.Count
            ? $"warning: the shards do not make up one whole run of {count} (missing: {string.Join(", ", missing.Select(m => $"{m}/{count}"))})"
            : null;
    }
}
