using FluentAssertions;

namespace Conformance.Cli.Tests;

/// <summary>The harness as users get it: packed as a dotnet tool, installed from a folder feed, finding its shipped suite.</summary>
[Category("slow")]
[NonParallelizable]
public sealed class PackedToolTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(240);

    [Test]
    public async Task The_packed_tool_installs_and_runs_with_its_own_suite()
    {
        using var dir = new TempFolder();
        var repo = ProcessRun.RepoRoot();

        // A version of its own, so no cached package of the same version is picked up instead.
        var version = $"0.0.0-test{DateTime.UtcNow:yyyyMMddHHmmss}";
        var pack = await ProcessRun.RunAsync("dotnet", repo, Slow,
            "pack", "src/Conformance.Cli", "-o", dir["feed"], "--artifacts-path", dir["artifacts"], $"-p:PackageVersion={version}");
        pack.Code.Should().Be(0, pack.Output);

        // Only the folder feed: the install must not depend on a remote registry.
        var config = dir.File("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{dir["feed"]}" /></packageSources></configuration>
            """);
        var install = await ProcessRun.RunAsync("dotnet", dir.Path, TimeSpan.FromSeconds(60),
            "tool", "install", "--tool-path", dir["tool"], "--configfile", config, "Conformance.Cli", "--version", version);
        install.Code.Should().Be(0, install.Output);

        var tool = Path.Combine(dir["tool"], OperatingSystem.IsWindows() ? "conformance.exe" : "conformance");
        var help = await ProcessRun.RunAsync(tool, dir.Path, TimeSpan.FromSeconds(30), "--help");
        help.Code.Should().Be(0, help.Output);
        help.Output.Should().Contain("verify").And.Contain("merge");

        // Run from the temp folder, so the suite can only come from the tool's own folder; features may be in flux, so 1 is fine.
        var run = await ProcessRun.RunAsync(tool, dir.Path, TimeSpan.FromSeconds(90), "run", "--api", "obshell", "--out", dir["r"]);
        run.Code.Should().BeOneOf([0, 1], run.Output);
        File.Exists(Path.Combine(dir["r"], "certificate.json")).Should().BeTrue();
    }
}
