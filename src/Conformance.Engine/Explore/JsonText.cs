using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Engine.Explore;

/// <summary>Parses a generated body the way the servers' JSON decoders do: deep nesting allowed, anything unparsable is null.</summary>
public static class JsonText
{
    // Go's decoder nests 10000 deep; the generators stay far below this, so no deep body is misread as broken JSON.
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 2048 };

    public static bool TryParse(string? text, out JsonNode? node)
    {
        node = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        try
        {
            node = JsonNode.Parse(text, documentOptions: Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Deeper than this, whether a server binds a body is not judged: the spec sets no limit, Go's decoder nests 10000
    /// levels, System.Text.Json (the reference stub) 64 by default.
    /// </summary>
    public const int JudgedDepth = 64;

    /// <summary>The deepest nesting of objects and arrays in the text, strings skipped.</summary>
    public static int Depth(string? text)
    {
        var (depth, max, inString, escaped) = (0, 0, false, false);
        foreach (var c in text ?? string.Empty)
        {
            if (inString)
            {
                (escaped, inString) = (!escaped && c == '\\', escaped || c != '"');
                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    max = Math.Max(max, ++depth);
                    break;
                case '}' or ']':
                    depth--;
                    break;
            }
        }

        return max;
    }

    /// <summary>Present with a value other than JSON null.</summary>
    public static bool Has(JsonObject o, string name, out JsonNode value)
    {
        if (o.TryGetPropertyValue(name, out var v) && v is not null)
        {
            value = v;
            return true;
        }

        value = null!;
        return false;
    }

    public static bool IsString(JsonNode node, out string value)
    {
        value = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null!;
        return value is not null;
    }
}
