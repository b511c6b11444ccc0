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
/// allocates sets, lists and LINQ chains for every object; on a 200-node CCE job that was 7 ms per poll.
/// </summary>
/// <remarks>Schemas using a keyword this does not evaluate (see <see cref="Supports"/>) stay with NJsonSchema's validator.</remarks>
internal static class SchemaEvaluator
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

    private static void ValidateType(JsonElement token, JsonSchema schema, At path, List<Violation> errors)
    {
        if (token.ValueKind == JsonValueKind.Null && schema.IsNullable(SchemaType.JsonSchema))
        {
            return;
        }

        if (System.Numerics.BitOperations.PopCount((uint)schema.Type) > 1)
        {
            // NJsonSchema validates the value once per allowed type and fails when every type has an error. Apart from
            // "X expected", a value's errors do not depend on the type tried, so they are found once: a nullable array
            // of nullable arrays was otherwise validated 2^depth times.
            var independent = new List<Violation>();
            ValidateAs(token, schema, JsonObjectType.None, path, independent);
            if (independent.Count > 0 || AllTypes.All(t => !schema.Type.HasFlag(t) || Mismatch(token, t)))
            {
                // Its sub-errors are not flattened: NJsonSchema keeps them per type, not as child-schema errors.
                errors.Add(new(ValidationErrorKind.NoTypeValidates, ErrorPath(path)));
            }
        }
        else
        {
            ValidateAs(token, schema, schema.Type, path, errors);
        }
    }

    private static bool Mismatch(JsonElement token, JsonObjectType type) => type switch
    {
        JsonObjectType.Array => token.ValueKind != JsonValueKind.Array,
        JsonObjectType.String => token.ValueKind != JsonValueKind.String,
        JsonObjectType.Number => token.ValueKind != JsonValueKind.Number,
        JsonObjectType.Integer => !IsInteger(token),
        JsonObjectType.Boolean => token.ValueKind is not (JsonValueKind.True or JsonValueKind.False),
        JsonObjectType.Null => token.ValueKind != JsonValueKind.Null,
        JsonObjectType.Object => token.ValueKind != JsonValueKind.Object,
        _ => false,
    };

    private static readonly JsonObjectType[] AllTypes =
        [.. Enum.GetValues<JsonObjectType>().Where(t => t != JsonObjectType.None)];

    private static void ValidateAs(JsonElement token, JsonSchema schema, JsonObjectType type, At path, List<Violation> errors)
    {
        var at = path;
        ValidateArray(token, schema, type, path, errors);
        ValidateString(token, schema, type, at, errors);
        ValidateNumber(token, schema, type, at, errors);
        if (type.HasFlag(JsonObjectType.Integer) && !IsInteger(token))
        {
            errors.Add(new(ValidationErrorKind.IntegerExpected, ErrorPath(at)));
        }

        if (type.HasFlag(JsonObjectType.Boolean) && token.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add(new(ValidationErrorKind.BooleanExpected, ErrorPath(at)));
        }

        if (type.HasFlag(JsonObjectType.Null) && token.ValueKind != JsonValueKind.Null)
        {
            errors.Add(new(ValidationErrorKind.NullExpected, ErrorPath(at)));
        }

        if (type.HasFlag(JsonObjectType.Object) && token.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(ValidationErrorKind.ObjectExpected, ErrorPath(at)));
        }
    }

    private static void ValidateArray(JsonElement token, JsonSchema schema, JsonObjectType type, At path, List<Violation> errors)
    {
        if (token.ValueKind != JsonValueKind.Array)
        {
            if (type.HasFlag(JsonObjectType.Array))
            {
                errors.Add(new(ValidationErrorKind.ArrayExpected, ErrorPath(path)));
            }

            return;
        }

        var count = token.GetArrayLength();
        if (schema.MinItems > 0 && count < schema.MinItems)
        {
            errors.Add(new(ValidationErrorKind.TooFewItems, ErrorPath(path)));
        }

        if (schema.MaxItems > 0 && count > schema.MaxItems)
        {
            errors.Add(new(ValidationErrorKind.TooManyItems, ErrorPath(path)));
        }

        if (schema.UniqueItems && count != token.EnumerateArray().Select(Text).Distinct().Count())
        {
            errors.Add(new(ValidationErrorKind.ItemsNotUnique, ErrorPath(path)));
        }

        if (schema.Item is not { } item)
        {
            return;
        }

        var index = 0;
        foreach (var element in token.EnumerateArray())
        {
            var itemPath = path.Item(index);
            var itemErrors = Child(element, item, itemPath);
            if (itemErrors.Count > 0)
            {
                errors.Add(new(ValidationErrorKind.ArrayItemNotValid, ErrorPath(itemPath)));
                errors.AddRange(itemErrors);
            }

            index++;
        }
    }

    private static void ValidateString(JsonElement token, JsonSchema schema, JsonObjectType type, At at, List<Violation> errors)
    {
        if (token.ValueKind != JsonValueKind.String)
        {
            if (type.HasFlag(JsonObjectType.String))
            {
                errors.Add(new(ValidationErrorKind.StringExpected, ErrorPath(at)));
            }

            return;
        }

        var value = token.GetString()!;
        if (!string.IsNullOrEmpty(schema.Pattern) && !Patterns.GetOrAdd(schema.Pattern, p => new Regex(p)).IsMatch(value))
        {
            errors.Add(new(ValidationErrorKind.PatternMismatch, ErrorPath(at)));
        }

        if (schema.MinLength is { } min && value.Length < min)
        {
            errors.Add(new(ValidationErrorKind.StringTooShort, ErrorPath(at)));
        }

        if (schema.MaxLength is { } max && value.Length > max)
        {
            errors.Add(new(ValidationErrorKind.StringTooLong, ErrorPath(at)));
        }
    }

    private static void ValidateNumber(JsonElement token, JsonSchema schema, JsonObjectType type, At at, List<Violation> errors)
    {
        if (token.ValueKind != JsonValueKind.Number)
        {
            if (type.HasFlag(JsonObjectType.Number))
            {
                errors.Add(new(ValidationErrorKind.NumberExpected, ErrorPath(at)));
            }

            return;
        }

        // As NJsonSchema: compared as decimals, or as doubles when the value does not fit a decimal.
        if (token.TryGetDecimal(out var value))
        {
            Bounds(value, schema.Minimum, schema.Maximum, schema.IsExclusiveMinimum, schema.IsExclusiveMaximum, schema.ExclusiveMinimum, schema.ExclusiveMaximum, schema.MultipleOf, at, errors);
        }
        else
        {
            // Beyond a double's range too: Newtonsoft reads it as an infinity, and so does double.Parse.
            var d = double.Parse(token.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
            Bounds(d, (double?)schema.Minimum, (double?)schema.Maximum, schema.IsExclusiveMinimum, schema.IsExclusiveMaximum, (double?)schema.ExclusiveMinimum, (double?)schema.ExclusiveMaximum, (double?)schema.MultipleOf, at, errors);
        }
    }

    private static void Bounds<T>(T value, T? minimum, T? maximum, bool exclusiveMin, bool exclusiveMax,
        T? exclusiveMinimum, T? exclusiveMaximum, T? multipleOf, At at, List<Violation> errors)
        where T : struct, System.Numerics.INumber<T>
    {
        if (minimum is { } mn && (exclusiveMin ? value <= mn : value < mn))
        {
            errors.Add(new(ValidationErrorKind.NumberTooSmall, ErrorPath(at)));
        }

        if (maximum is { } mx && (exclusiveMax ? value >= mx : value > mx))
        {
            errors.Add(new(ValidationErrorKind.NumberTooBig, ErrorPath(at)));
        }

        if (exclusiveMinimum is { } emn && value <= emn)
        {
            errors.Add(new(ValidationErrorKind.NumberTooSmall, ErrorPath(at)));
        }

        if (exclusiveMaximum is { } emx && value >= emx)
        {
            errors.Add(new(ValidationErrorKind.NumberTooBig, ErrorPath(at)));
        }

        if (multipleOf is { } m && value % m != T.Zero)
        {
            errors.Add(new(ValidationErrorKind.NumberNotMultipleOf, ErrorPath(at)));
        }
    }

    // Newtonsoft reads a number with a fraction or an exponent as a float, any other as an integer.
    private static bool IsInteger(JsonElement token) =>
        token.ValueKind == JsonValueKind.Number && token.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') < 0;

    private static void ValidateEnum(JsonElement token, JsonSchema schema, At path, List<Violation> errors)
    {
        if (schema.Enumeration.Count == 0 || (token.ValueKind == JsonValueKind.Null && schema.IsNullable(SchemaType.JsonSchema)))
        {
            return;
        }

        var text = Text(token);
        foreach (var allowed in schema.Enumeration)
        {
            if (EnumText(allowed) == text)
            {
                return;
            }
        }

        errors.Add(new(ValidationErrorKind.NotInEnumeration, ErrorPath(path)));
    }

    // NJsonSchema compares an enum value and the token by their ToString(): a string's value, True/False, the number's text.
    private static string Text(JsonElement token) => token.ValueKind switch
    {
        JsonValueKind.String => token.GetString()!,
        JsonValueKind.True => bool.TrueString,
        JsonValueKind.False => bool.FalseString,
        JsonValueKind.Null => string.Empty,
        JsonValueKind.Number => NumberText(token),
        _ => token.GetRawText(),
    };

    // The text of the number Newtonsoft reads: -0 is 0, 1e2 is 100 (a float), an integer beyond long a BigInteger.
    private static string NumberText(JsonElement token)
    {
        var raw = token.GetRawText();
        if (IsInteger(token))
        {
            return token.TryGetInt64(out var l)
                ? l.ToString(CultureInfo.InvariantCulture)
                : System.Numerics.BigInteger.Parse(raw, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        return double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    private static string? EnumText(object? value) => value switch
    {
        null => string.Empty,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static void ValidateProperties(JsonElement token, JsonSchema schema, At path, List<Violation> errors)
    {
        var isObject = token.ValueKind == JsonValueKind.Object;
        if (!isObject && schema.Type.HasFlag(JsonObjectType.Null))
        {
            return;
        }

        // TryGetProperty finds the last of duplicate names, the one Newtonsoft keeps.
        foreach (var (name, property) in schema.Properties)
        {
            if (isObject && token.TryGetProperty(name, out var value))
            {
                if (value.ValueKind == JsonValueKind.Null && property.IsNullable(SchemaType.JsonSchema))
                {
                    continue;
                }

                Validate(value, Actual(property), path.Property(name), errors);
            }
            else if (property.IsRequired)
            {
                errors.Add(new(ValidationErrorKind.PropertyRequired, ErrorPath(path.Property(name))));
            }
        }

        foreach (var required in schema.RequiredProperties)
        {
            if (!schema.Properties.ContainsKey(required) && !(isObject && token.TryGetProperty(required, out _)))
            {
                errors.Add(new(ValidationErrorKind.PropertyRequired, ErrorPath(path.Property(required))));
            }
        }

        if (!isObject)
        {
            return;
        }

        if (schema.MaxProperties > 0 || schema.MinProperties > 0)
        {
            var count = token.EnumerateObject().Select(p => p.Name).Distinct(StringComparer.Ordinal).Count();
            if (schema.MaxProperties > 0 && count > schema.MaxProperties)
            {
                errors.Add(new(ValidationErrorKind.TooManyProperties, ErrorPath(path)));
            }

            if (schema.MinProperties > 0 && count < schema.MinProperties)
            {
                errors.Add(new(ValidationErrorKind.TooFewProperties, ErrorPath(path)));
            }
        }

        if (schema.AdditionalPropertiesSchema is null && schema.AllowAdditionalProperties)
        {
            return;
        }

        foreach (var p in token.EnumerateObject())
        {
            if (schema.Properties.ContainsKey(p.Name))
            {
                continue;
            }

            // A repeated name yields the same errors twice, which the report's de-duplication folds into one.
            var propertyPath = path.Property(p.Name);
            if (schema.AdditionalPropertiesSchema is { } additional)
            {
                var extraErrors = Child(token.GetProperty(p.Name), additional, propertyPath);
                if (extraErrors.Count > 0)
                {
                    errors.Add(new(ValidationErrorKind.AdditionalPropertiesNotValid, ErrorPath(propertyPath)));
                    errors.AddRange(extraErrors);
                }
            }
            else
            {
                errors.Add(new(ValidationErrorKind.NoAdditionalPropertiesAllowed, ErrorPath(propertyPath)));
            }
        }
    }
}
