using System.Collections.Concurrent;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Engine.Schemas;

/// <summary>Validates payloads against the suite's JSON Schemas (schemas/...), each parsed once and cached.</summary>
public sealed class SchemaValidator(string suiteRoot)
{
    // One validator for every payload: building one (its format-checker table) cost as much as validating a small body.
    private static readonly JsonSchemaValidator Validator = new();

    private readonly ConcurrentDictionary<string, Lazy<Loaded>> _cache = new(StringComparer.Ordinal);

    private sealed record Loaded(JsonSchema Schema, bool Evaluable);

    public string SuiteRoot { get; } = suiteRoot;

    /// <summary>The violations of <paramref name="json"/> against schemas/<paramref name="schema"/>, each naming the JSON path and the rule.</summary>
    public IReadOnlyList<string> Validate(string schema, string json)
    {
        var loaded = Get(schema);
        if (!loaded.Evaluable)
        {
            return ValidateWithNJsonSchema(schema, json);
        }

        try
        {
            return SchemaEvaluator.Evaluate(json, loaded.Schema).Select(v => Describe(v.Kind, v.Path)).Distinct().ToList();
        }
        catch (System.Text.Json.JsonException e)
        {
            return [$"$: not JSON ({e.Message})"];
        }
    }

    /// <summary>The same answer from NJsonSchema's own validator: the reference the faster evaluator is tested against.</summary>
    public IReadOnlyList<string> ValidateWithNJsonSchema(string schema, string json) =>
        Validator.Validate(json, Load(schema)).SelectMany(Flatten).Select(e => Describe(e.Kind, e.Path)).Distinct().ToList();

    /// <summary>Throws a <see cref="SchemaViolationException"/> naming the schema file and every violation.</summary>
    public void AssertValid(string schema, string json, string what)
    {
        var errors = Validate(schema, json);
        if (errors.Count > 0)
        {
            throw new SchemaViolationException(
                $"{what} does not match schemas/{schema}:\n  " + string.Join("\n  ", errors) + $"\nbody: {Shorten(json)}");
        }
    }

    public JsonSchema Load(string schema) => Get(schema).Schema;

    private Loaded Get(string schema) =>
        _cache.GetOrAdd(schema, s => new Lazy<Loaded>(() =>
        {
            var parsed = Read(s);
            return new Loaded(parsed, SchemaEvaluator.Supports(parsed));
        })).Value;

    private JsonSchema Read(string schema)
    {
        var path = Path.Combine(SuiteRoot, "schemas", schema);
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"schema not found: schemas/{schema}");
        }

        return JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();
    }

    private static IEnumerable<ValidationError> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child && child.Errors.Count > 0
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten).Prepend(error)
            : [error];

    private static string Describe(ValidationErrorKind kind, string? errorPath)
    {
        var path = string.IsNullOrEmpty(errorPath) ? "$" : "$" + errorPath.TrimStart('#').Replace('/', '.');
        return $"{path}: {Rule(kind)}";
    }

    internal static string Rule(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "required property is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "property not allowed here",
        ValidationErrorKind.NotInEnumeration => "value not in the allowed set",
        ValidationErrorKind.PatternMismatch => "does not match the required pattern",
        ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf => $"matches none of the allowed shapes ({kind})",
        _ => kind.ToString(),
    };

    private static string Shorten(string json) => json.Length <= 600 ? json : Checks.TextStart.Of(json, 600) + "...";
}

/// <summary>A payload that breaks its JSON Schema.</summary>
public sealed class SchemaViolationException(string message) : Exception(message);
