using System.Globalization;

namespace Conformance.Engine.Explore;

/// <summary>How far one API's exploration is: requests sent of the budget, the rate so far (shrinking included), findings so far.</summary>
public sealed record ExploreProgress(string Api, int Sent, int Budget, double RequestsPerSecond, int Findings, bool Done)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"explore {Api}: {Sent}/{Budget} request(s), {RequestsPerSecond:0} req/s, {Findings} finding(s)");
}
