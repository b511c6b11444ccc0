using System.Text.Json.Nodes;
using Conformance.Engine.Packs;
using Conformance.Testing;
using FluentAssertions;

namespace Conformance.Engine.Tests.Packs;

/// <summary>schemas/profile.schema.json is what the packs' fragments compose to, so an editor checks a profile exactly as the harness does.</summary>
public sealed class ComposedProfileSchemaTests
{
    [Test]
    public void The_published_profile_schema_is_the_composed_one()
    {
        var published = JsonNode.Parse(File.ReadAllText(Path.Combine(SourceTree.Root, "schemas", "profile.schema.json")));

        var composed = ApiPacks.All.Profiles.Schema.Json;

        JsonNode.DeepEquals(published, composed).Should().BeTrue(
            "schemas/profile.schema.json must equal the engine's top level plus each pack's section (src/*/Profiles/profile-section.schema.json); "
            + $"write this as the file:\n{ApiPacks.All.Profiles.Schema.Text}");
    }

    [Test]
    public void Each_pack_adds_its_section_and_its_requirement_that_one_section_is_present()
    {
        var schema = ApiPacks.All.Profiles.Schema.Json;

        schema["properties"]!.AsObject().Select(p => p.Key).Should().Equal(["$schema", "referenceStub", .. ApiPacks.All.Names]);
        schema["anyOf"]!.AsArray().Select(a => a!["required"]![0]!.GetValue<string>()).Should().Equal(ApiPacks.All.Names);
    }

    [Test]
    public void Two_packs_defining_the_same_schema_definition_are_refused()
    {
        var twice = new PackList([ApiPacks.All[0], new Renamed(ApiPacks.All[0], "copy")]);

        var compose = () => twice.Profiles.Schema;

        compose.Should().Throw<InvalidOperationException>().WithMessage("*'copy'*already defined*");
    }

    /// <summary>The same pack under another name: its schema definitions clash with the original's.</summary>
    private sealed class Renamed(IApiPack pack, string name) : IApiPack
    {
        public string Name => name;

        public string Title => name;

        public string Summary => name;

        public System.Reflection.Assembly Bindings => pack.Bindings;

        public IReadOnlyList<Planning.FixtureNeed> FixtureNeeds => [];

        public IProfilePack Profile => pack.Profile;

        public IStubPack Stub => pack.Stub;

        public Explore.IExplorePack Explore => pack.Explore;

        public IReadOnlyList<ApiOperation> Operations => [];
    }
}
