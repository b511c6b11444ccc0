using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Conformance.Engine.Catalogue;

/// <summary>Turns a YAML node into JSON so the catalogue can be checked with the same JSON Schema validator as payloads.</summary>
internal static class YamlJson
{
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? string.Empty, ToJson(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Value: null or "~" or "null" } scalar when scalar.Style == YamlDotNet.Core.ScalarStyle.Plain => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };
}
