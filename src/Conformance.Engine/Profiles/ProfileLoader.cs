using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine.Packs;

namespace Conformance.Engine.Profiles;

/// <summary>Reads a target profile with each pack's section reader, naming the exact field when one is unknown, missing or of the wrong type.</summary>
public sealed class ProfileLoader(IReadOnlyList<IApiPack> packs)
{
    private readonly Lazy<ProfileSchema> _schema = new(() => new ProfileSchema(packs));

    /// <summary>The composed profile schema these packs' profiles must match.</summary>
    public ProfileSchema Schema => _schema.Value;

    public TargetProfile LoadFile(string path)
    {
        return Parse(InputFile.ReadText(path, "profile file"), path);
    }

    public TargetProfile Parse(string json, string source = "profile")
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
        var violations = Schema.Check(obj, source);
        var fields = new ProfileFields(source);
        var sections = new List<IProfileSection>();
        foreach (var pack in packs)
        {
            if (obj[pack.Name] is JsonObject section)
            {
                sections.Add(pack.Profile.Read(section, fields));
            }
            else if (obj.ContainsKey(pack.Name))
            {
                throw fields.Error(pack.Name, "an object");
            }
        }

        var profile = new TargetProfile(sections)
        {
            ReferenceStub = fields.OptionalBool(obj, "referenceStub", "referenceStub") ?? false,
            KnownApis = [.. packs.Select(p => p.Name)],
        };
        if (sections.Count == 0)
        {
            throw new ConfigurationException($"{source}: needs {string.Join(" or ", packs.Select(p => $"{Article(p.Name)} \"{p.Name}\""))} section");
        }

        // The typed reader names most faults more precisely; whatever it let through still breaks the published schema.
        if (violations.Count > 0)
        {
            throw new ConfigurationException(ProfileSchema.Describe(violations[0], source));
        }

        return profile;
    }

    private static string Article(string name) => name.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(name[0])) ? "an" : "a";
}
