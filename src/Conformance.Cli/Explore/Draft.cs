namespace Conformance.Cli.Explore;

/// <summary>
/// A generated request before it meets the target's fixtures: the body may hold node placeholders (see
/// <see cref="Cce.UidPlaceholders"/>) that rendering resolves, so the contract is judged on the request's shape alone.
/// </summary>
public sealed record Draft(string Method, string Route, string? Body, string? ContentType)
{
    public override string ToString() => $"{Method} {Route} [{ContentType}] {Body}";
}
