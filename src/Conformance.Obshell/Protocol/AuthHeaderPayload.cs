using System.Globalization;
using System.Text.Json.Serialization;

namespace Conformance.Obshell.Protocol;

/// <summary>The plaintext JSON of the X-OCS-Header / X-OCS-Agent-Header before RSA encryption.</summary>
public sealed record AuthHeaderPayload(
    [property: JsonPropertyName("auth")] string Auth,
    [property: JsonPropertyName("ts")] string Ts,
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("keys")] string Keys)
{
    /// <summary>The well-formed payload: ts is the expiry in unix seconds, written as a string like the SDKs do.</summary>
    public static AuthHeaderPayload Create(string password, string uri, DateTimeOffset expiry, AesKeyMaterial keys) =>
        new(password, expiry.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), uri, keys.ToBase64());
}
