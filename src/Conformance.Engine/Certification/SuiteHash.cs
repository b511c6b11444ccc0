using System.Security.Cryptography;
using System.Text;

namespace Conformance.Engine.Certification;

/// <summary>A sha256 over the suite's specification files (features, catalogues, schemas), so a certificate names exactly what it was judged by.</summary>
public static class SuiteHash
{
    public static readonly string[] Folders = ["features", "schemas"];

    public static string Compute(string suiteRoot)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var relative in Files(suiteRoot))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));

            // Line endings are normalised so a checkout with CRLF hashes the same as one with LF.
            var text = File.ReadAllText(Path.Combine(suiteRoot, relative)).Replace("\r\n", "\n");
            sha.AppendData(Encoding.UTF8.GetBytes(text));
            sha.AppendData([0]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static IEnumerable<string> Files(string suiteRoot) =>
        Folders.Select(f => Path.Combine(suiteRoot, f))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(suiteRoot, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);
}
