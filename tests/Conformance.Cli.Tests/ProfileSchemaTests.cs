using Conformance.Engine.Schemas;
using Conformance.Stub;
using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>Profiles against schemas/profile.schema.json: what <c>stub --write-profile</c> writes fits it, and a typo stops a run.</summary>
[NonParallelizable]
public sealed class ProfileSchemaTests
{
    private readonly TempFolder _dir = new();

    [TearDown]
    public void Cleanup() => _dir.Dispose();

    [TestCase(false)]
    [TestCase(true)]
    public void The_stub_profile_validates_against_the_published_schema(bool small)
    {
        var validator = new SchemaValidator(ProcessRun.RepoRoot());

        validator.Validate("profile.schema.json", StubProfile.Text("http://127.0.0.1:8080", small)).Should().BeEmpty();
    }

    [Test]
    public async Task A_typo_in_the_profile_exits_2_naming_the_closest_known_field()
    {
        var profile = _dir.File("typo.json", StubProfile.Text("http://127.0.0.1:1").Replace("\"removable\"", "\"removeable\""));
        using var cli = new CliRun();

        await cli.RunAsync("run", "--profile", profile, "--out", cli.OutDir);

        cli.ExitCode.Should().Be(2, cli.Output);
        cli.Error.Trim().Should().Be($"configuration error: {profile}: unknown field 'obshell.removeable'; did you mean 'obshell.removable'?");
        cli.Certificate["outcome"]!.GetValue<string>().Should().Be("configuration-error");
    }
}
