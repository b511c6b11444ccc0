namespace Conformance.Obshell.Explore;

/// <summary>How the obshell contract answers a scale-in body: refused by a MUST rule, a self-removal, or a non-member (204).</summary>
public sealed record ObshellExpectation(IReadOnlyList<(string Id, string Why)> Broken, string? Ip, long Port)
{
    public bool MustRefuse => Broken.Count > 0;
}
