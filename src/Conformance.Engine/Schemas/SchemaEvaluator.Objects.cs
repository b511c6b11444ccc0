using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Conformance.Engine.Schemas;

/// <summary>Properties: required, nested, additional; duplicate names resolved as Newtonsoft does.</summary>
internal static partial class SchemaEvaluator
{
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
