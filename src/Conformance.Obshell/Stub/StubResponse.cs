namespace Conformance.Obshell.Stub;

/// <summary>A transport-neutral answer: status and, unless 204, a JSON body.</summary>
internal sealed record StubResponse(int Status, string? Json)
{
    public static readonly StubResponse NoContent = new(204, null);
}
