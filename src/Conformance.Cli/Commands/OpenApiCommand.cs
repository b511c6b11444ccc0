using System.CommandLine;
using Conformance.Cli.Jobs;
using Conformance.Cli.OpenApi;
using Conformance.Engine.Reports;
using Conformance.Engine.Results;

namespace Conformance.Cli.Commands;

/// <summary><c>conformance openapi</c>: write one API's schemas as an OpenAPI 3.1 document.</summary>
internal static class OpenApiCommand
{
    public static Command Create(TextWriter output, TextWriter error, Engine.Packs.PackList packs)
    {
        var api = new Option<string>("--api") { Description = "The API to document.", Required = true };
        api.AcceptOnlyFromAmong([.. packs.Names]);
        var outFile = new Option<string?>("--out") { Description = "Write the document here (default: print it); the committed copy is schemas/<api>/openapi.json." };
        var suite = new Option<string?>("--suite") { Description = "Folder holding features/ and schemas/ (default: the suite shipped with the harness)." };
        var command = new Command("openapi", "Generate an API's OpenAPI 3.1 document from its JSON Schema files.") { api, outFile, suite };
        command.SetAction(async (parse, _) =>
        {
            var text = OpenApiGenerator.Generate(SuiteLocator.Find(parse.GetValue(suite)), packs.Get(parse.GetValue(api)!));
            if (parse.GetValue(outFile) is { } path)
            {
                AtomicFile.WriteAllText(path, text);
                await output.WriteLineAsync($"wrote {path}");
            }
            else
            {
                await output.WriteAsync(text);
            }

            return ExitCodes.Conformant;
        });
        return command;
    }
}
