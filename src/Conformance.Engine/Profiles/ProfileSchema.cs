using System.Text.Json.Nodes;
using Conformance.Engine.Schemas;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Engine.Profiles;

/// <summary>
/// schemas/profile.schema.json, embedded in the engine so the reader has it wherever the suite lives: a profile's
/// unknown fields, each with the closest known one, and whatever else breaks the schema.
/// </summary>
internal static class ProfileSchema
{
    public const string File = "profile.schema.json";

    private const string Resource = "Conformance.Engine.Profiles." + File;

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>The embedded text, the same file as schemas/profile.schema.json (linked, not copied).</summary>
    public static string Text { get; } = ReadResource();

    /// <summary>The schema's violations; throws a <see cref="ConfigurationException"/> naming the first unknown field and its closest known one.</summary>
    public static IReadOnlyList<SchemaEvaluator.Violation> Check(JsonObject root, string source)
    {
        var violations = SchemaEvaluator.Evaluate(root.ToJsonString(), Schema.Value);
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
    public static string Describe(SchemaEvaluator.Violation violation, string source)
    {
        var field = Field(violation.Path);
        return $"{source}: field '{(field.Length == 0 ? "(top level)" : field)}' does not match schemas/{File}: {SchemaValidator.Rule(violation.Kind)}";
    }

    // The evaluator writes paths as "#/a.b[0].c".
    private static string Field(string path) => path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path;

    private static string Suggestion(string field)
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
    private static (string Parent, JsonSchema Schema, string Name) Locate(string field)
    {
        var schema = Schema.Value.ActualSchema;
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

    private static JsonSchema Load()
    {
        var schema = JsonSchema.FromJsonAsync(Text).GetAwaiter().GetResult();
        // The evaluator names paths the way the errors above parse them; NJsonSchema's validator would not.
        return SchemaEvaluator.Supports(schema) ? schema : throw new InvalidOperationException($"schemas/{File} uses a keyword the schema evaluator does not support");
    }

    private static string ReadResource()
    {
        using var stream = typeof(ProfileSchema).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing: Conformance.Engine.csproj links schemas/{File}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
