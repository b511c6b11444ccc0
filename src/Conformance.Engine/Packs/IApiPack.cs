using System.Reflection;
using Conformance.Engine.Planning;

namespace Conformance.Engine.Packs;

/// <summary>
/// The one place that knows an API: its name, profile section, step bindings, stub lane, explorer and documented
/// operations. The engine, the CLI and the stub host only iterate over packs.
/// </summary>
public interface IApiPack
{
    /// <summary>What <c>--api</c> takes, the profile section's key, and the folder under features/ and schemas/.</summary>
    string Name { get; }

    /// <summary>How messages name the API in a sentence, e.g. in "listening on ... (A and B)".</summary>
    string Title { get; }

    /// <summary>The API with its operation, for help texts.</summary>
    string Summary { get; }

    /// <summary>The assembly holding the API's step bindings and drivers.</summary>
    Assembly Bindings { get; }

    /// <summary>Every step of the API that needs a profile fixture, for <c>plan</c>.</summary>
    IReadOnlyList<FixtureNeed> FixtureNeeds { get; }

    /// <summary>The API's profile section: reader, schema fragment, secrets, fixture pool.</summary>
    IProfilePack Profile { get; }

    /// <summary>The API's lane of the reference stub.</summary>
    IStubPack Stub { get; }

    /// <summary>The API's part of explore and replay.</summary>
    Explore.IExplorePack Explore { get; }

    /// <summary>The operations the API's OpenAPI document describes.</summary>
    IReadOnlyList<ApiOperation> Operations { get; }
}
