using System.Collections.Concurrent;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Engine.Schemas;

/// <summary>Validates payloads against the suite's JSON Schemas (schemas/...), each parsed once and cached.</summary>
public sealed class SchemaValidator(string suiteRoot)
{
    // One validator for every payload: building one (its format-checker table) cost as much as validating a small body.
    private static readonly JsonSchemaValidator Validator = new();

    private readonly ConcurrentDictionary<string, Lazy<JsonSchema>> _cache = new(StringComparer.Ordinal);

    public string SuiteRoot { get; } = suiteRoot;

    /// <summary>The violations of <paramref name="json"/> against schemas/<paramref name="schema"/>, each naming the JSON path and the rule.</summary>
    public IReadOnlyList<string> Validate(string schema, string json)
    {
        var errors = Validator.Validate(json, Load(schema));
        return errors.SelectMany(Flatten).Select(Describe).Distinct().ToList();
    }

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

    public JsonSchema Load(string schema) =>
        _cache.GetOrAdd(schema, s => new Lazy<JsonSchema>(() => Read(s))).Value;

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

    private static string Describe(ValidationError e)
    {
        var path = string.IsNullOrEmpty(e.Path) ? "$" : "$" + e.Path.TrimStart('#').Replace('/', '.');
        return $"{path}: {Rule(e.Kind)}";
    }

    private static string Rule(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "required property is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "property not allowed here",
        ValidationErrorKind.NotInEnumeration => "value not in the allowed set",
        ValidationErrorKind.PatternMismatch => "does not match the required pattern",
        ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf => $"matches none of the allowed shapes ({kind})",
        _ => kind.ToString(),
    };

    private static string Shorten(string json) => json.Length <= 600 ? json : json[..600] + "...";
}

/// <summary>A payload that breaks its JSON Schema.</summary>
public sealed class SchemaViolationException(string message) : Exception(message);
