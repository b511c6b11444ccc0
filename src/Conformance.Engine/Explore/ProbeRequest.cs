namespace Conformance.Engine.Explore;

/// <summary>One explorer request in plaintext: what is encrypted or signed afresh each time it is sent, and what a replay file holds.</summary>
public sealed record ProbeRequest(string Api, string Method, string Path, string? Body, string? ContentType)
{
    /// <summary>Extra headers that are not credentials (credentials are added by the sender, never stored).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The auth fault the sender builds instead of valid credentials, by name (never a credential); null for valid ones.</summary>
    public string? Fault { get; init; }

    /// <summary>Removable node uids the request names (none for an API without a node ledger): the ledger spends them when the request is accepted.</summary>
    public IReadOnlyList<string> RemovableUids { get; init; } = [];
}
