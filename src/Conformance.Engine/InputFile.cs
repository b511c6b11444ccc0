namespace Conformance.Engine;

/// <summary>Reads a file the user named (profile, baseline, key, certificate), failing with one line that says which and why.</summary>
public static class InputFile
{
    public static string ReadText(string path, string what)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigurationException($"{what} not found: {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"cannot read {what} {path}: {e.Message}");
        }
    }
}
