using System.Text;
using Conformance.Obshell.Protocol;

namespace Conformance.Obshell.Tests.Fuzz;

/// <summary>Sends hostile obshell requests: a valid SDK-style header with any body, or any header at all.</summary>
public sealed class FuzzSender(HttpClient http, string publicKey, string password) : IDisposable
{
    private readonly ObshellRequestEncryptor _encryptor = new(publicKey);

    public string ValidHeader(string uri, AesKeyMaterial keys) =>
        _encryptor.EncryptHeader(AuthHeaderPayload.Create(password, uri, DateTimeOffset.UtcNow.AddSeconds(60), keys));

    public string EncryptHeaderJson(string json) => _encryptor.EncryptHeaderJson(json);

    /// <summary>Encrypts <paramref name="plaintext"/> with the header's keys, as the SDKs do, whatever the bytes are.</summary>
    public Task<(int Status, string Body)> ScaleInAsync(byte[] plaintext, string contentType, bool viaDelete)
    {
        var keys = AesKeyMaterial.CreateRandom();
        var uri = viaDelete ? "/api/v1/observer" : "/api/v1/ob/scale_in";
        return SendAsync(viaDelete ? HttpMethod.Delete : HttpMethod.Post, uri, ObshellHeaders.Agent, ValidHeader(uri, keys),
            AesBodyCipher.Encrypt(plaintext, keys), contentType);
    }

    public async Task<(int Status, string Body)> SendAsync(HttpMethod method, string uri, string headerName, string? header, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(headerName, header);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _encryptor.Dispose();
}
