using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Engine.Schemas;

/// <summary>Strings, numbers and enums, compared as NJsonSchema compares them.</summary>
internal static partial class SchemaEvaluator
{
    private static void ValidateString(string value, JsonSchema schema, At at, List<Violation> errors)
    {
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

    private static void ValidateNumber(JsonElement token, JsonSchema schema, At at, List<Violation> errors)
    {
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
}
