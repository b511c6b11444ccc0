using Conformance.Engine.Profiles;
using FluentAssertions;

namespace Conformance.Engine.Tests.Packs;

/// <summary>Which APIs' scenarios a profile takes on: those it has a section for, and no API a reading pack knows without one.</summary>
public sealed class CoverageTests
{
    private static readonly TargetProfile Read = ApiPacks.All.Profiles.Parse("""{ "obshell": { "passwordEnv": "P", "agent": {"ip": "a", "port": 1} } }""");

    [Test]
    public void A_read_profile_covers_its_sections_and_apis_no_pack_knows_but_not_a_known_api_without_a_section()
    {
        Read.Covers("obshell").Should().BeTrue();
        Read.Covers("cce").Should().BeFalse();
        Read.Covers("demo").Should().BeTrue("no pack that read it knows demo: an engine test's own scenarios are not refused");
    }

    [Test]
    public void A_profile_built_without_packs_covers_only_its_sections()
    {
        var built = new TargetProfile(Read.Sections);

        built.Covers("obshell").Should().BeTrue();
        built.Covers("cce").Should().BeFalse("no reading pack means no API is known to be outside the profile");
    }
}
