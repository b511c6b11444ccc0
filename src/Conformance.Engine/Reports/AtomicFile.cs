using System.Text;

namespace Conformance.Engine.Reports;

/// <summary>Writes a report so a reader never sees half of it: a temporary file in the same folder, then a rename.</summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Encoding.UTF8.GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            // A failed write or rename (disk full, a folder in the way) must not leave a half file behind either.
            File.Delete(temp);
            throw;
        }
    }
}
