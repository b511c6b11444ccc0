using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Engine.Profiles;

/// <summary>Reads a target profile, naming the exact field when one is unknown, missing or of the wrong type.</summary>
public static class ProfileLoader
{
    public static TargetProfile LoadFile(string path)
    {
        return Parse(InputFile.ReadText(path, "profile file"), path);
    }

    public static TargetProfile Parse(string json, string source = "profile")
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{source}: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}): {e.Message.Split(" LineNumber")[0]}");
        }

        if (root is not JsonObject obj)
        {
            throw new ConfigurationException($"{source}: expected a JSON object at the top level");
        }

        // Unknown fields first: a typo must not pass as an absent optional field (that left most scenarios not run).
        var violations = ProfileSchema.Check(obj, source);
        var reader = new ProfileReader(source);
        var profile = new TargetProfile(
            obj["obshell"] is JsonObject o ? reader.Obshell(o) : reader.Absent(obj, "obshell"),
            obj["cce"] is JsonObject c ? reader.Cce(c) : reader.AbsentCce(obj, "cce"))
        {
            ReferenceStub = reader.OptionalBool(obj, "referenceStub", "referenceStub") ?? false,
        };
        if (profile.Obshell is null && profile.Cce is null)
        {
            throw new ConfigurationException($"{source}: needs an \"obshell\" or a \"cce\" section");
        }

        // The typed reader names most faults more precisely; whatever it let through still breaks the published schema.
        if (violations.Count > 0)
        {
            throw new ConfigurationException(ProfileSchema.Describe(violations[0], source));
        }

        return profile;
    }
}
