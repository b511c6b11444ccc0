using Conformance.Engine.Reports;
using FluentAssertions;

namespace Conformance.Engine.Tests.Hostile;

/// <summary>Reports are written whole or not at all, and no temporary file is left beside them.</summary>
public sealed class AtomicFileTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "conformance-atomic-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Writing_and_overwriting_leaves_the_whole_content_and_no_temp_file()
    {
        var path = Path.Combine(_folder, "out", "certificate.json");
        var first = new string('a', 256 * 1024);
        var second = "{\"outcome\":\"Conformant\"}";

        AtomicFile.WriteAllText(path, first);
        File.ReadAllText(path).Should().Be(first);
        AtomicFile.WriteAllText(path, second);

        File.ReadAllText(path).Should().Be(second, "a shorter overwrite leaves no tail of the longer file");
        Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Should().Equal(path);
    }

    [Test]
    public void A_failed_rename_leaves_no_temp_file_behind()
    {
        var path = Path.Combine(_folder, "certificate.json");
        Directory.CreateDirectory(path);

        var act = () => AtomicFile.WriteAllText(path, "{}");

        act.Should().Throw<IOException>();
        Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Should().BeEmpty();
    }
}
