namespace Conformance.Engine.Http;

/// <summary>Limits that keep a slow, silent or hostile target from hanging or flooding the harness.</summary>
public sealed record HttpOptions
{
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public long MaxResponseBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Accept a TLS certificate that does not validate (self-signed test servers).</summary>
    public bool Insecure { get; init; }
}
