using Conformance.Engine.Explore;

namespace Conformance.Cce.Explore;

/// <summary>An equivalent curl command for a CCE probe sent with a token: the token stays an environment variable, never a value.</summary>
public static class CurlLine
{
    public static string For(ProbeRequest request, string baseUrl, string tokenEnv)
    {
        var parts = new List<string> { "curl", "-sS", "-i", "-X", request.Method, Quote(baseUrl.TrimEnd('/') + request.Path) };
        if (request.ContentType is not null)
        {
            parts.AddRange(["-H", Quote($"Content-Type: {request.ContentType}")]);
        }

        foreach (var (name, value) in request.Headers)
        {
            parts.AddRange(["-H", Quote($"{name}: {value}")]);
        }

        // Double quotes so the shell expands the variable; the name is a profile field, plain [A-Z0-9_].
        parts.AddRange(["-H", $"\"X-Auth-Token: ${tokenEnv}\""]);
        if (request.Body is not null)
        {
            parts.AddRange(["--data-binary", Quote(request.Body)]);
        }

        return string.Join(' ', parts);
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
