using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
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
}
