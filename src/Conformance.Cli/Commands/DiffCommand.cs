using System.CommandLine;
using Conformance.Engine.Certification;
using Conformance.Engine.Results;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance diff</c>: the regressions and fixes between two certificates; exit 1 on any regression.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var older = new Argument<string>("old") { Description = "The earlier certificate.json." };
        var newer = new Argument<string>("new") { Description = "The later certificate.json." };
        var command = new Command("diff", "Compare two certificates: regressions (now failing) exit 1, fixes are listed.") { older, newer };
        command.SetAction(async (parse, _) =>
        {
            var before = CertificateFile.Read(parse.GetValue(older)!);
            var after = CertificateFile.Read(parse.GetValue(newer)!);
            var diff = CertificateDiff.Compare(before, after);
            if (before.Suite.Sha256 != after.Suite.Sha256)
            {
                await output.WriteLineAsync("note: the certificates were judged by different suites; new requirements count as changes");
            }

            foreach (var c in diff.Regressions)
            {
                var why = c.FirstFailure is null ? string.Empty : $": {c.FirstFailure.Split('\n')[0]}";
                await output.WriteLineAsync($"regression {c.Id} ({c.Level}): {c.Before ?? "absent"} -> {c.After}{why}");
            }

            foreach (var c in diff.Fixes)
            {
                await output.WriteLineAsync($"fixed {c.Id} ({c.Level}): {c.Before} -> {c.After}");
            }

            foreach (var c in diff.NoLongerJudged)
            {
                await output.WriteLineAsync($"no longer judged {c.Id} ({c.Level}): {c.Before} -> {c.After}");
            }

            if (before.Outcome != after.Outcome)
            {
                await output.WriteLineAsync($"verdict: {before.Outcome} -> {after.Outcome}");
            }

            await output.WriteLineAsync($"{diff.Regressions.Count} regression(s), {diff.Fixes.Count} fix(es), {diff.NoLongerJudged.Count} no longer judged");
            return diff.Regressions.Count > 0 ? ExitCodes.NotConformant : ExitCodes.Conformant;
        });
        return command;
    }
}
