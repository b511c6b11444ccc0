namespace Conformance.Cce.Protocol;

/// <summary>Signs an <see cref="HttpRequestMessage"/> in place, the way the official Node SDK does.</summary>
public static class HttpRequestSigning
{
    /// <summary>
    /// Adds X-Sdk-Date and Authorization. Signs host, content-type and every request header already set unless
    /// <paramref name="signedHeaders"/> names others; Host is pinned to the URI authority so what is signed is what is sent.
    /// </summary>
    public static async Task<SigningResult> SignAsync(
        this AkSkSigner signer,
        HttpRequestMessage message,
        IEnumerable<string>? signedHeaders = null,
        CancellationToken cancellationToken = default)
    {
        var url = message.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(message));
        message.Headers.Host ??= url.Authority;

        var headers = new List<KeyValuePair<string, string>>();
        // NonValidated: the values exactly as they will go on the wire, not re-formatted by parsing.
        foreach (var (name, values) in message.Headers.NonValidated)
        {
            headers.Add(new(name, string.Join(", ", values)));
        }

        byte[] body = [];
        if (message.Content is not null)
        {
            foreach (var (name, values) in message.Content.Headers.NonValidated)
            {
                headers.Add(new(name, string.Join(", ", values)));
            }

            body = await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        var result = signer.Sign(SignableRequest.FromUri(message.Method.Method, url, headers, body), signedHeaders);
        message.Headers.Remove(SdkSignature.DateHeader);
        message.Headers.TryAddWithoutValidation(SdkSignature.DateHeader, result.SdkDate);
        message.Headers.Remove("Authorization");
        message.Headers.TryAddWithoutValidation("Authorization", result.Authorization.ToString());
        return result;
    }
}
