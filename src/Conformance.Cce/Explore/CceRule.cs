namespace Conformance.Cce.Explore;

/// <summary>One MUST rule of the CCE contract a request breaks, with the reason in words.</summary>
public sealed record CceRule(string Id, string Why);
