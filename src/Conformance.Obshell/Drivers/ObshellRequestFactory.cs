using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Conformance.Obshell.Protocol;

namespace Conformance.Obshell.Drivers;

/// <summary>Encrypts a request the way the SDKs do (header and body), breaking at most the one <see cref="RequestFault"/> asked for.</summary>
public sealed class ObshellRequestFactory(ObshellRequestEncryptor encryptor, string password, string headerName)
{
    /// <summary>The SDKs' expiry window.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    // Generating an RSA key costs tens of milliseconds; one foreign key per process serves every scenario.
    private static readonly Lazy<string> ForeignPublicKey = new(() =>
    {
        using var rsa = RSA.Create(1024);
        return Convert.ToBase64String(rsa.ExportRSAPublicKey());
    });

    public PreparedRequest Create(HttpMethod method, string baseUrl, string pathAndQuery, string? json, DateTimeOffset now, RequestFault fault, string? traceId)
    {
        var keys = AesKeyMaterial.CreateRandom();
        var headers = new List<KeyValuePair<string, string>>();
        if (fault != RequestFault.NoAuthHeader)
        {
            headers.Add(new(headerName, Header(pathAndQuery, now, keys, fault)));
        }

        if (traceId is not null)
        {
            headers.Add(new(ObshellHeaders.TraceId, traceId));
        }

        var body = json is null ? null : AesBodyCipher.Encrypt(Encoding.UTF8.GetBytes(json), keys);
        return new PreparedRequest(method, baseUrl.TrimEnd('/') + pathAndQuery, headers, body, json);
    }

    private string Header(string uri, DateTimeOffset now, AesKeyMaterial keys, RequestFault fault)
    {
        // Expired by ten minutes, not one second: a target's clock may drift from ours.
        var expiry = fault == RequestFault.ExpiredTs ? now.AddMinutes(-10) : now + Lifetime;
        var payload = new AuthHeaderPayload(
            fault == RequestFault.WrongPassword ? password + "-not-the-password" : password,
            fault == RequestFault.NonIntegerTs ? "in-a-minute" : expiry.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            fault == RequestFault.UriMismatch ? "/api/v1/info" : uri,
            fault == RequestFault.ShortKeyAndIv ? Convert.ToBase64String(keys.Key) : keys.ToBase64());
        return fault == RequestFault.UndecryptableHeader ? ForeignHeader(payload) : encryptor.EncryptHeader(payload);
    }

    // Encrypted for another agent's key: well-formed RSA blocks the target cannot open, like a stale cached key.
    private static string ForeignHeader(AuthHeaderPayload payload)
    {
        using var foreign = new ObshellRequestEncryptor(ForeignPublicKey.Value);
        return foreign.EncryptHeader(payload);
    }
}
