using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Conformance.Cli.OpenApi;

/// <summary>
/// Turns the suite's draft-07 schema files into OpenAPI 3.1 components: each file and each of its definitions becomes a
/// component, and file $refs become component $refs. Definitions are hoisted rather than kept as $defs, so the output
/// stays inside the keyword subset the schema tests allow for everything under schemas/.
/// </summary>
internal sealed class SchemaConverter(OpenApiDocument document)
{
    private const string Suffix = ".schema.json";

    public static string ComponentName(string fileName) => fileName.EndsWith(Suffix, StringComparison.Ordinal) ? fileName[..^Suffix.Length] : fileName;

    /// <summary>Adds the file's schema and its definitions to the components, named "file" and "file.definition".</summary>
    public void AddFile(string fileName, JsonObject root, IDictionary<string, IOpenApiSchema> components)
    {
        var name = ComponentName(fileName);
        if (root["definitions"] is JsonObject definitions)
        {
            foreach (var (key, value) in definitions)
            {
                components[$"{name}.{key}"] = Convert(value, name);
            }
        }

        components[name] = Convert(root, name);
    }

    private IOpenApiSchema Convert(JsonNode? node, string file)
    {
        if (node is not JsonObject o)
        {
            throw new Engine.ConfigurationException($"{file}{Suffix}: a schema is not an object ({node?.ToJsonString()})");
        }

        if (o["$ref"] is JsonValue reference)
        {
            return new OpenApiSchemaReference(Target(reference.GetValue<string>(), file), document) { Description = (string?)o["description"] };
        }

        var schema = new OpenApiSchema();
        foreach (var (key, value) in o)
        {
            Apply(schema, key, value, file);
        }

        return schema;
    }

    private void Apply(OpenApiSchema s, string key, JsonNode? value, string file)
    {
        switch (key)
        {
            case "$schema" or "$id" or "definitions" or "$comment": break;
            case "title": s.Title = (string?)value; break;
            case "description": s.Description = (string?)value; break;
            case "type": s.Type = Types(value); break;
            case "properties": s.Properties = ((JsonObject)value!).ToDictionary(p => p.Key, p => Convert(p.Value, file)); break;
            case "required": s.Required = new SortedSet<string>(((JsonArray)value!).Select(v => (string)v!), StringComparer.Ordinal); break;
            case "enum": s.Enum = ((JsonArray)value!).Select(v => v!.DeepClone()).ToList(); break;
            case "items": s.Items = Convert(value, file); break;
            case "allOf": s.AllOf = List(value, file); break;
            case "anyOf": s.AnyOf = List(value, file); break;
            case "oneOf": s.OneOf = List(value, file); break;
            case "not": s.Not = Convert(value, file); break;
            case "additionalProperties" when value is JsonValue allowed: s.AdditionalPropertiesAllowed = allowed.GetValue<bool>(); break;
            case "additionalProperties": s.AdditionalProperties = Convert(value, file); break;
            case "minimum": s.Minimum = Number(value); break;
            case "maximum": s.Maximum = Number(value); break;
            case "exclusiveMinimum": s.ExclusiveMinimum = Number(value); break;
            case "exclusiveMaximum": s.ExclusiveMaximum = Number(value); break;
            case "minLength": s.MinLength = (int?)value; break;
            case "maxLength": s.MaxLength = (int?)value; break;
            case "minItems": s.MinItems = (int?)value; break;
            case "maxItems": s.MaxItems = (int?)value; break;
            case "uniqueItems": s.UniqueItems = (bool?)value; break;
            case "pattern": s.Pattern = (string?)value; break;
            case "default": s.Default = value?.DeepClone(); break;
            case "examples": s.Examples = ((JsonArray)value!).Select(v => v!.DeepClone()).ToList(); break;
            default:
                // Carried verbatim so a keyword added to a schema file is never silently dropped from the document.
                (s.UnrecognizedKeywords ??= new Dictionary<string, JsonNode>())[key] = value!.DeepClone();
                break;
        }
    }

    private static string Target(string reference, string file)
    {
        var hash = reference.IndexOf('#');
        var target = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? string.Empty : reference[(hash + 1)..];
        var component = target.Length == 0 ? file : ComponentName(target);
        return pointer switch
        {
            "" => component,
            _ when pointer.StartsWith("/definitions/", StringComparison.Ordinal) && pointer.Count(c => c == '/') == 2 => $"{component}.{pointer["/definitions/".Length..]}",
            _ => throw new Engine.ConfigurationException($"{file}{Suffix}: $ref '{reference}' points inside a schema; only whole files and #/definitions/NAME are supported"),
        };
    }

    private List<IOpenApiSchema> List(JsonNode? value, string file) => ((JsonArray)value!).Select(v => Convert(v, file)).ToList();

    private static string? Number(JsonNode? value) => value is null ? null : value.ToJsonString();

    private static JsonSchemaType? Types(JsonNode? value) =>
        (value is JsonArray many ? many.Select(v => (string)v!) : [(string)value!])
            .Select(t => Enum.Parse<JsonSchemaType>(t, ignoreCase: true))
            .Aggregate((JsonSchemaType?)null, (all, t) => (all ?? 0) | t);
}
