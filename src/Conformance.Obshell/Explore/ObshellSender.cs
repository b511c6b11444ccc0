using Conformance.Engine;
using Conformance.Engine.Explore;
using Conformance.Engine.Http;
using Conformance.Engine.Running;
using Conformance.Obshell.Drivers;
using Conformance.Obshell.Protocol;

namespace Conformance.Obshell.Explore;

/// <summary>Sends a plaintext probe to obshell the way the SDKs do: a fresh RSA header and AES key around whatever body was generated.</summary>
public sealed class ObshellSender(RunContext run) : IProbeSender
{
    private ObshellRequestEncryptor? _encryptor;
    private ObshellRequestFactory? _factory;

    private string BaseUrl => run.Profile.Obshell!.BaseUrl;

    public async Task<HttpResult> SendAsync(ProbeRequest probe, CancellationToken cancellation)
    {
        var factory = _factory ??= await CreateFactoryAsync(cancellation);
        var prepared = factory.Create(new HttpMethod(probe.Method), BaseUrl, probe.Path, probe.Body, run.Time.GetUtcNow(), Fault(probe.Fault), null);
        using var message = prepared.ToMessage();
        foreach (var (name, value) in probe.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return await run.Http.SendAsync(message, cancellation);
    }

    /// <summary>The fault a probe names; a name the driver does not know is the replay file's error, not a valid request.</summary>
    public static RequestFault Fault(string? name) => name is null
        ? RequestFault.None
        : Enum.TryParse<RequestFault>(name, out var fault) && fault != RequestFault.None
            ? fault
            : throw new ConfigurationException($"unknown obshell fault '{name}'; known: {string.Join(", ", ObshellExplorer.Faults)}");

    public async Task<HttpResult> GetPublicAsync(string path, CancellationToken cancellation)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, BaseUrl.TrimEnd('/') + path);
        return await run.Http.SendAsync(message, cancellation);
    }

    public void Dispose() => _encryptor?.Dispose();

    private async Task<ObshellRequestFactory> CreateFactoryAsync(CancellationToken cancellation)
    {
        var secret = await GetPublicAsync("/api/v1/secret", cancellation);
        if (secret.Status != 200 || secret.Json?["data"]?["public_key"]?.GetValue<string>() is not { } key)
        {
            throw new TargetUnreachableException($"GET /api/v1/secret answered {secret.Status} without a public key: nothing can be encrypted");
        }

        _encryptor = new ObshellRequestEncryptor(key);
        var profile = run.Profile.Obshell!;
        var password = run.Secrets.Get(profile.PasswordEnv, "obshell.passwordEnv");
        return new ObshellRequestFactory(_encryptor, password, profile.PasswordKind == "root" ? ObshellHeaders.Root : ObshellHeaders.Agent);
    }
}
