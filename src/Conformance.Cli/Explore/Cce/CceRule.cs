namespace Conformance.Cli.Explore.Cce;

/// <summary>One MUST rule of the CCE contract a request breaks, with the reason in words.</summary>
public sealed record CceRule(string Id, string Why);

/// <summary>What the CCE contract says about a request: the MUST rules it breaks (any one means 400) and the node-limit case.</summary>
public sealed record CceExpectation(IReadOnlyList<CceRule> Broken, bool OverNodeLimit)
{
    public bool MustRefuse => Broken.Count > 0;
}
