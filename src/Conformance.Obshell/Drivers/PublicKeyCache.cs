namespace Conformance.Obshell.Drivers;

/// <summary>Run-wide: the target's public key, fetched once from /api/v1/secret (the SDKs cache it the same way).</summary>
public sealed class PublicKeyCache
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _key;

    public async Task<string> GetAsync(Func<Task<string>> fetch)
    {
        await _gate.WaitAsync();
        try
        {
            return _key ??= await fetch();
        }
        finally
        {
            _gate.Release();
        }
    }
}
