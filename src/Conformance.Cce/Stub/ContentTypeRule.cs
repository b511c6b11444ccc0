namespace Conformance.Cce.Stub;

/// <summary>The Content-Type values the RemoveNode page lists; GET is not checked, as the page says.</summary>
internal static class ContentTypeRule
{
    /// <param name="deviations">Names from <see cref="CceDeviations"/>; the content-type ones are honoured here.</param>
    public static bool IsAccepted(string? contentType, IReadOnlySet<string> deviations)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var parts = contentType.Split(';').Select(p => p.Trim()).ToArray();
        var mediaType = parts[0].ToLowerInvariant();
        var parameters = parts.Skip(1).Where(p => p.Length > 0).ToArray();
        return mediaType switch
        {
            // HttpClient sends "application/json; charset=utf-8": the space is not a different value.
            "application/json" => parameters.Length == 0 || (!deviations.Contains(CceDeviations.CharsetRefused) && parameters.All(IsUtf8Charset)),
            "text/plain" => deviations.Contains(CceDeviations.TextPlainAccepted),
            "application/x-pem-file" => true,
            "multipart/form-data" => true,
            _ => false,
        };
    }

    private static bool IsUtf8Charset(string parameter)
    {
        var eq = parameter.IndexOf('=');
        return eq > 0
            && parameter[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)
            && parameter[(eq + 1)..].Trim().Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase);
    }
}
