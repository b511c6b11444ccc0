using System.Text.Json.Nodes;
using Conformance.Engine.Profiles;

namespace Conformance.Engine.Packs;

/// <summary>How a pack reads its section of a target profile, and the JSON Schema the section must match.</summary>
public interface IProfilePack
{
    /// <summary>The section's schema (<c>section</c>) and the definitions it refers to (<c>definitions</c>), composed into schemas/profile.schema.json.</summary>
    JsonObject SchemaFragment { get; }

    /// <summary>Reads the section; errors name the field through <paramref name="fields"/>.</summary>
    IProfileSection Read(JsonObject section, ProfileFields fields);
}
