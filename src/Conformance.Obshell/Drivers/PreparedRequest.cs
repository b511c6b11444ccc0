using System.Text;

namespace Conformance.Obshell.Drivers;

/// <summary>A request ready for the wire, kept so it can be sent again byte for byte (the replay check).</summary>
public sealed record PreparedRequest(
    HttpMethod Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    string? DisplayBody)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Url);
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8, "application/json");
        }

        return message;
    }
}
