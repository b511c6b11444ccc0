using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Engine.Schemas;

/// <summary>
/// NJsonSchema's validation rules applied to a System.Text.Json document: the same keywords, the same error kinds and
/// paths, in the same order, and a tenth of the cost. NJsonSchema's own validator builds a Newtonsoft token tree and
/// allocates sets, lists and LINQ chains for every object; on a 200-node job that was 7 ms per poll.
/// </summary>
/// <remarks>Schemas using a keyword this does not evaluate (see <see cref="Supports"/>) stay with NJsonSchema's validator.</remarks>
internal static partial class SchemaEvaluator
{
    /// <summary>One violation, flattened as <see cref="SchemaValidator"/> reports it: the error, then its sub-errors.</summary>
    public readonly record struct Violation(ValidationErrorKind Kind, string Path);

    // NJsonSchema resolves a $ref on every ActualSchema read (allocating as it guards against cycles); schemas do not
    // change once loaded, so each is resolved once. Patterns are compiled once too: the Regex static cache holds 15.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonSchema, JsonSchema> Actuals = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private static JsonSchema Actual(JsonSchema schema) => Actuals.GetValue(schema, s => s.ActualSchema);

    /// <summary>Whether every schema reachable from <paramref name="root"/> uses only keywords this evaluates.</summary>
    public static bool Supports(JsonSchema root)
    {
        var seen = new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<JsonSchema>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var s = pending.Pop().ActualSchema;
            if (!seen.Add(s))
            {
                continue;
            }

            if (!string.IsNullOrEmpty(s.Format) || s.PatternProperties.Count > 0 || s.Items.Count > 0 || s.AdditionalItemsSchema is not null)
            {
                return false;
            }

            foreach (var child in s.Properties.Values.Cast<JsonSchema>().Concat(s.AnyOf).Concat(s.AllOf).Concat(s.OneOf))
            {
                pending.Push(child);
            }

            foreach (var child in new[] { s.Not, s.Item, s.AdditionalPropertiesSchema })
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }

        return true;
    }

    /// <summary>The violations of <paramref name="json"/>; throws <see cref="JsonException"/> when it is not JSON.</summary>
    public static List<Violation> Evaluate(string json, JsonSchema schema)
    {
        // Parsed into arrays of its own rather than a pooled JsonDocument, whose Dispose clears the pooled buffers:
        // that clearing cost as much as the validation.
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var root = JsonElement.ParseValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException($"unexpected content after the JSON value at byte {reader.TokenStartIndex}");
        }

        var errors = new List<Violation>();
        Validate(root, Actual(schema), At.Root, errors);
        return errors;
    }

    /// <summary>Where a value sits, as NJsonSchema writes it (`a.b[0].c`); only turned into text for an error.</summary>
    private sealed class At(At? parent, string? name, int index)
    {
        public static readonly At Root = new(null, null, -1);

        public At Property(string property) => new(this, property, -1);

        public At Item(int i) => new(this, null, i);

        public override string ToString()
        {
            if (parent is null)
            {
                return string.Empty;
            }

            var head = parent.ToString();
            return name is null ? $"{head}[{index.ToString(CultureInfo.InvariantCulture)}]" : head.Length == 0 ? name : head + "." + name;
        }
    }

    private static string ErrorPath(At at) => "#/" + at;

    private static void Validate(JsonElement token, JsonSchema schema, At path, List<Violation> errors)
    {
        Combined(token, schema.AnyOf, path, ValidationErrorKind.NotAnyOf, results => results.All(r => r.Count > 0), errors);
        Combined(token, schema.AllOf, path, ValidationErrorKind.NotAllOf, results => results.Any(r => r.Count > 0), errors);
        Combined(token, schema.OneOf, path, ValidationErrorKind.NotOneOf, results => results.Count(r => r.Count == 0) != 1, errors);
        if (schema.Not is { } not && Child(token, not, path).Count == 0)
        {
            errors.Add(new(ValidationErrorKind.ExcludedSchemaValidates, ErrorPath(path)));
        }

        ValidateType(token, schema, path, errors);
        ValidateEnum(token, schema, path, errors);
        ValidateProperties(token, schema, path, errors);
    }

    // A sub-schema is validated with the path of the value it applies to, as NJsonSchema does with the token's path.
    private static List<Violation> Child(JsonElement token, JsonSchema schema, At path)
    {
        var errors = new List<Violation>();
        Validate(token, Actual(schema), path, errors);
        return errors;
    }

    private static void Combined(JsonElement token, ICollection<JsonSchema> schemas, At path, ValidationErrorKind kind,
        Func<List<List<Violation>>, bool> fails, List<Violation> errors)
    {
        if (schemas.Count == 0)
        {
            return;
        }

        var results = schemas.Select(s => Child(token, s, path)).ToList();
        if (fails(results))
        {
            errors.Add(new(kind, ErrorPath(path)));
            errors.AddRange(results.SelectMany(r => r));
        }
    }
}
