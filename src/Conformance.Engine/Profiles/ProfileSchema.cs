using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine.Packs;
using Conformance.Engine.Schemas;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Engine.Profiles;

/// <summary>
/// The target profile's schema, composed from the engine's top level and each pack's section (the published
/// schemas/profile.schema.json is this, kept equal by a test): a profile's unknown fields, each with the closest known
/// one, and whatever else breaks the schema.
/// </summary>
public sealed class ProfileSchema
{
    public const string File = "profile.schema.json";

    private const string BaseResource = "Conformance.Engine.Profiles.profile-base.schema.json";

    private readonly Lazy<JsonSchema> _schema;

    public ProfileSchema(IEnumerable<IApiPack> packs)
    {
        Json = Compose(packs);
        var text = Json.ToJsonString();
        _schema = new(() => Load(text));
    }

    /// <summary>The composed schema.</summary>
    public JsonObject Json { get; }

    /// <summary>The composed schema as the published file holds it.</summary>
    public string Text => Json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    /// <summary>The schema's violations; throws a <see cref="ConfigurationException"/> naming the first unknown field and its closest known one.</summary>
    internal IReadOnlyList<SchemaEvaluator.Violation> Check(JsonObject root, string source)
    {
        var violations = SchemaEvaluator.Evaluate(root.ToJsonString(), _schema.Value);
        var unknown = violations.Where(v => v.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed).Select(v => Field(v.Path)).ToList();
        if (unknown.Count > 0)
        {
            // One line: the first typo with its fix, then the others' names, so a file full of them is still readable.
            var more = unknown.Count > 1 ? $" (and {unknown.Count - 1} more unknown field(s): {string.Join(", ", unknown.Skip(1).Select(f => $"'{f}'"))})" : string.Empty;
            throw new ConfigurationException($"{source}: unknown field '{unknown[0]}'{Suggestion(unknown[0])}{more}");
        }

        return violations;
    }

    /// <summary>"field 'a.b' must match schemas/profile.schema.json: IntegerExpected", for a violation the typed reader let through.</summary>
    internal static string Describe(SchemaEvaluator.Violation violation, string source)
    {
        var field = Field(violation.Path);
        return $"{source}: field '{(field.Length == 0 ? "(top level)" : field)}' does not match schemas/{File}: {SchemaValidator.Rule(violation.Kind)}";
    }

    private static JsonObject Compose(IEnumerable<IApiPack> packs)
    {
        var schema = JsonNode.Parse(ReadResource())!.AsObject();
        var properties = schema["properties"]!.AsObject();
        var definitions = schema["definitions"]!.AsObject();
        var anyOf = schema["anyOf"]!.AsArray();
        foreach (var pack in packs)
        {
            var fragment = pack.Profile.SchemaFragment;
            properties[pack.Name] = fragment["section"]?.DeepClone() ?? throw new InvalidOperationException($"pack '{pack.Name}': its profile schema fragment has no 'section'");
            anyOf.Add(new JsonObject { ["required"] = new JsonArray(pack.Name) });
            foreach (var (name, definition) in fragment["definitions"] as JsonObject ?? [])
            {
                // Definitions share one namespace: a clash would silently retarget another pack's $ref.
                if (definitions.ContainsKey(name))
                {
                    throw new InvalidOperationException($"pack '{pack.Name}': profile schema definition '{name}' is already defined");
                }

                definitions[name] = definition?.DeepClone();
            }
        }

        // Definitions after properties, as the published file reads.
        schema.Remove("definitions");
        schema["definitions"] = definitions;
        return schema;
    }

    // The evaluator writes paths as "#/a.b[0].c".
    private static string Field(string path) => path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path;

    private string Suggestion(string field)
    {
        var (parent, schema, name) = Locate(field);
        var closest = NearestNames.Closest(name, schema.Properties.Keys, 1);
        return closest.Count == 0 ? string.Empty : $"; did you mean '{parent}{closest[0]}'?";
    }

    /// <summary>
    /// Walks the schema along <paramref name="field"/>: the parent's path (with its trailing dot), the parent's schema
    /// and the unknown name. Every segment but the last is a known property or an array index, so the longest known
    /// name that fits is the one taken; the unknown name itself may hold dots.
    /// </summary>
    private (string Parent, JsonSchema Schema, string Name) Locate(string field)
    {
        var schema = _schema.Value.ActualSchema;
        var at = 0;
        while (true)
        {
            var rest = field.AsSpan(at);
            var index = rest.StartsWith("[") ? rest.IndexOf(']') : -1;
            if (index > 0 && schema.Item is { } item)
            {
                schema = item.ActualSchema;
                at += index + 1;
                at += at < field.Length && field[at] == '.' ? 1 : 0;
                continue;
            }

            var known = schema.Properties
                .Where(p => field.Length > at + p.Key.Length && field.AsSpan(at).StartsWith(p.Key) && field[at + p.Key.Length] is '.' or '[')
                .OrderByDescending(p => p.Key.Length)
                .FirstOrDefault();
            if (known.Value is null)
            {
                var parent = field[..at];
                return (parent.Length == 0 || parent.EndsWith('.') ? parent : parent + ".", schema, field[at..]);
            }

            schema = known.Value.ActualSchema;
            at += known.Key.Length;
            at += field[at] == '.' ? 1 : 0;
        }
    }

    private static JsonSchema Load(string text)
    {
        var schema = JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();
        // The evaluator names paths the way the errors above parse them; NJsonSchema's validator would not.
        return SchemaEvaluator.Supports(schema) ? schema : throw new InvalidOperationException($"schemas/{File} uses a keyword the schema evaluator does not support");
    }

    private static string ReadResource()
    {
        using var stream = typeof(ProfileSchema).Assembly.GetManifestResourceStream(BaseResource)
            ?? throw new InvalidOperationException($"embedded resource {BaseResource} is missing from Conformance.Engine.csproj");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
