using Conformance.Obshell.Protocol;

namespace Conformance.Obshell.Drivers;

/// <summary>
/// Run-wide: the target's public key, fetched once from /api/v1/secret (the SDKs cache it the same way), and one
/// encryptor for it, since importing an RSA key costs about a millisecond and every scenario encrypts.
/// </summary>
public sealed class PublicKeyCache
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ObshellRequestEncryptor? _encryptor;

    /// <summary>The shared encryptor (safe to use from several scenarios at once); the cache owns it.</summary>
    public async Task<ObshellRequestEncryptor> GetEncryptorAsync(Func<Task<string>> fetch)
    {
        await _gate.WaitAsync();
        try
        {
            return _encryptor ??= new ObshellRequestEncryptor(await fetch());
        }
        finally
        {
            _gate.Release();
        }
    }
}
