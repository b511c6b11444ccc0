using System.Text.Json.Nodes;

namespace Conformance.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, in a temp out folder the test owns.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        OutDir = Path.Combine(Path.GetTempPath(), "conformance-cli-" + Guid.NewGuid().ToString("N"));
    }

    public string OutDir { get; }

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    public JsonObject Certificate => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(OutDir, "certificate.json")))!;

    public async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        ExitCode = await CliApp.RunAsync(args, output, error);
        Output = output.ToString();
        Error = error.ToString();
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(OutDir))
        {
            Directory.Delete(OutDir, recursive: true);
        }
    }
}
