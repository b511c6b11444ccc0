namespace Conformance.Cce.Stub;

/// <summary>Why the stub refused one request, beyond what its error body says; filled in by the check that refused.</summary>
internal sealed class RefusalNote
{
    public string? Why { get; set; }
}
