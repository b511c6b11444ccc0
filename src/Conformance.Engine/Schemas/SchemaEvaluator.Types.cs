using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Engine.Schemas;

/// <summary>Type checks, including the one-pass handling of multi-type schemas, and arrays.</summary>
internal static partial class SchemaEvaluator
{
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

    // NJsonSchema's order: each type's "X expected" where the value is not of it, then the rules for the value's own kind.
    private static readonly (JsonObjectType Type, ValidationErrorKind Expected)[] Kinds =
    [
        (JsonObjectType.Array, ValidationErrorKind.ArrayExpected),
        (JsonObjectType.String, ValidationErrorKind.StringExpected),
        (JsonObjectType.Number, ValidationErrorKind.NumberExpected),
        (JsonObjectType.Integer, ValidationErrorKind.IntegerExpected),
        (JsonObjectType.Boolean, ValidationErrorKind.BooleanExpected),
        (JsonObjectType.Null, ValidationErrorKind.NullExpected),
        (JsonObjectType.Object, ValidationErrorKind.ObjectExpected),
    ];

    private static readonly JsonObjectType[] AllTypes =
        [.. Enum.GetValues<JsonObjectType>().Where(t => t != JsonObjectType.None)];

    // A type with no check (NJsonSchema's File) never mismatches.
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

    private static void ValidateAs(JsonElement token, JsonSchema schema, JsonObjectType type, At path, List<Violation> errors)
    {
        foreach (var (kind, expected) in Kinds)
        {
            if (type.HasFlag(kind) && Mismatch(token, kind))
            {
                errors.Add(new(expected, ErrorPath(path)));
            }

            switch (kind)
            {
                case JsonObjectType.Array when token.ValueKind == JsonValueKind.Array:
                    ValidateArray(token, schema, path, errors);
                    break;
                case JsonObjectType.String when token.ValueKind == JsonValueKind.String:
                    ValidateString(token.GetString()!, schema, path, errors);
                    break;
                case JsonObjectType.Number when token.ValueKind == JsonValueKind.Number:
                    ValidateNumber(token, schema, path, errors);
                    break;
            }
        }
    }

    private static void ValidateArray(JsonElement token, JsonSchema schema, At path, List<Violation> errors)
    {
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
}
