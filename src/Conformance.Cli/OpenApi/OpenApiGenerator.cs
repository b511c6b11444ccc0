using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Conformance.Cli.OpenApi;

/// <summary>Builds <c>schemas/&lt;api&gt;/openapi.json</c>: the API's operations over every schema file in schemas/&lt;api&gt;/.</summary>
internal static class OpenApiGenerator
{
    public const string FileName = "openapi.json";

    public static string Generate(string suiteRoot, Engine.Packs.IApiPack pack)
    {
        var api = pack.Name;
        var folder = Path.Combine(suiteRoot, "schemas", api);
        var operations = pack.Operations;
        if (!Directory.Exists(folder))
        {
            throw new Engine.ConfigurationException($"no schemas/{api} folder in {suiteRoot}");
        }

        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = $"{api} node removal, as the conformance suite specifies it",
                Version = "suite",
                Description = $"Generated from schemas/{api}/*.schema.json by 'conformance openapi --api {api}'; edit the schema files, not this one.",
            },
            Paths = new OpenApiPaths(),
            Components = new OpenApiComponents { Schemas = new SortedDictionary<string, IOpenApiSchema>(StringComparer.Ordinal) },
        };
        var converter = new SchemaConverter(document);
        foreach (var file in Directory.EnumerateFiles(folder, "*.schema.json").Order(StringComparer.Ordinal))
        {
            var root = JsonNode.Parse(File.ReadAllText(file)) as JsonObject ?? throw new Engine.ConfigurationException($"{file}: not a JSON object");
            converter.AddFile(Path.GetFileName(file), root, document.Components.Schemas!);
        }

        var known = document.Components.Schemas!.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var path in operations.GroupBy(o => o.Path))
        {
            var item = new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation>() };
            foreach (var op in path)
            {
                item.Operations[new HttpMethod(op.Method)] = Operation(op, document, known);
            }

            item.Parameters = Parameters(path.Key);
            document.Paths[path.Key] = item;
        }

        using var text = new StringWriter { NewLine = "\n" };
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString().Replace("\r\n", "\n") + "\n";
    }

    private static OpenApiOperation Operation(Engine.Packs.ApiOperation op, OpenApiDocument document, IReadOnlySet<string> known)
    {
        IOpenApiSchema? Schema(string? name) => name is not null && known.Contains(name) ? new OpenApiSchemaReference(name, document) : null;
        var operation = new OpenApiOperation { OperationId = op.OperationId, Summary = op.Summary, Responses = new OpenApiResponses() };
        if (Schema(op.Request) is { } request)
        {
            operation.RequestBody = new OpenApiRequestBody { Required = true, Content = Json(request) };
        }

        operation.Responses["200"] = new OpenApiResponse { Description = "Success", Content = Schema(op.Response) is { } ok ? Json(ok) : null };
        operation.Responses["default"] = new OpenApiResponse { Description = "Error", Content = Schema(op.Error) is { } error ? Json(error) : null };
        return operation;
    }

    private static Dictionary<string, IOpenApiMediaType> Json(IOpenApiSchema schema) => new() { ["application/json"] = new OpenApiMediaType { Schema = schema } };

    private static List<IOpenApiParameter> Parameters(string path) =>
        path.Split('/').Where(s => s.StartsWith('{')).Select(s => (IOpenApiParameter)new OpenApiParameter
        {
            Name = s.Trim('{', '}'),
            In = ParameterLocation.Path,
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        }).ToList();
}
