using Conformance.Engine.Secrets;

namespace Conformance.Engine.Packs;

/// <summary>Writes a lane's refusals to <see cref="StubLaneOptions.Diagnostics"/> as single lines with the lane's secrets masked.</summary>
public sealed class RefusalReporter
{
    private readonly Action<string>? _sink;
    private readonly SecretMasker _masker = new();

    /// <param name="secrets">The lane's own credentials: a client that put one in the wrong field must not see it echoed.</param>
    public RefusalReporter(Action<string>? sink, IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _sink = sink;
        foreach (var secret in secrets)
        {
            _masker.Add(secret);
        }
    }

    /// <summary>False when nobody listens: a lane then skips building the diagnostic at all.</summary>
    public bool Enabled => _sink is not null;

    public void Report(string method, string path, int status, string code, string diagnostic)
    {
        if (_sink is null)
        {
            return;
        }

        _sink(_masker.Apply(OneLine($"{method.ToUpperInvariant()} {path}: {status} {code}: {diagnostic}")));
    }

    /// <summary>Line breaks written as <c>\n</c>, so a canonical request or a client's text stays on its line.</summary>
    public static string OneLine(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
