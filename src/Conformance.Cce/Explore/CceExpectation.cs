namespace Conformance.Cce.Explore;

/// <summary>What the CCE contract says about a request: the MUST rules it breaks (any one means 400) and the node-limit case.</summary>
public sealed record CceExpectation(IReadOnlyList<CceRule> Broken, bool OverNodeLimit)
{
    public bool MustRefuse => Broken.Count > 0;
}
