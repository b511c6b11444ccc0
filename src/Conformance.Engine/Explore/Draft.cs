namespace Conformance.Engine.Explore;

/// <summary>
/// A generated request before it meets the target's fixtures: the body may hold node placeholders that the API's
/// explorer resolves when rendering, so the contract is judged on the request's shape alone.
/// </summary>
public sealed record Draft(string Method, string Route, string? Body, string? ContentType)
{
    /// <summary>The auth fault the request carries instead of valid credentials, by name; null for valid credentials.</summary>
    public string? Fault { get; init; }

    public override string ToString() => $"{Method} {Route} [{ContentType}] {(Fault is null ? string.Empty : $"<{Fault}> ")}{Body}";
}
