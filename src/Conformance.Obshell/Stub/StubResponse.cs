using System.Text;

namespace Conformance.Obshell.Stub;

/// <summary>A transport-neutral answer: status and, unless 204, a JSON body as the UTF-8 bytes sent.</summary>
internal sealed record StubResponse(int Status, byte[]? Utf8)
{
    public static readonly StubResponse NoContent = new(204, null);

    /// <summary>The body as text, for tests and logs; the answer itself goes out as <see cref="Utf8"/>.</summary>
    public string? Json => Utf8 is null ? null : Encoding.UTF8.GetString(Utf8);
}
