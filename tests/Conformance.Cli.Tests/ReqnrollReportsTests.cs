using Conformance.Cli.Jobs;
using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>Reqnroll's own reports are written whole, under their final names, with secrets masked.</summary>
[NonParallelizable]
public sealed class ReqnrollReportsTests
{
    [Test]
    public void Completing_masks_and_renames_both_reports_and_restores_the_environment()
    {
        var outDir = Directory.CreateTempSubdirectory("conformance-reqnroll-").FullName;
        try
        {
            using (var reports = new ReqnrollReports(outDir))
            {
                foreach (var variable in new[] { "REQNROLL_FORMATTERS_HTML", "REQNROLL_FORMATTERS_MESSAGE" })
                {
                    var temp = Environment.GetEnvironmentVariable(variable)!["outputFilePath=".Length..];
                    File.WriteAllText(temp, "step failed: token=Canary-Token-77 in the answer");
                }

                reports.Complete(text => text.Replace("Canary-Token-77", "***"));
            }

            Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Should().BeEquivalentTo("cucumber.html", "cucumber.ndjson");
            File.ReadAllText(Path.Combine(outDir, "cucumber.ndjson")).Should().Be("step failed: token=*** in the answer");
            File.ReadAllText(Path.Combine(outDir, "cucumber.html")).Should().NotContain("Canary");
            Environment.GetEnvironmentVariable("REQNROLL_FORMATTERS_HTML").Should().BeNull();
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}
