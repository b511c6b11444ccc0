using System.Text.RegularExpressions;
using Conformance.Engine.Profiles;

namespace Conformance.Engine.Planning;

/// <summary>
/// A step that needs a profile fixture: when a scenario has a step matching <see cref="StepPattern"/> and the profile
/// lacks <see cref="Field"/>, the scenario is not-run. Each API's steps publish their table, so a plan can say before a
/// run what it would leave unjudged.
/// </summary>
public sealed record FixtureNeed(string Api, string StepPattern, string Field, Func<TargetProfile, bool> Present)
{
    private readonly Regex _pattern = new(StepPattern, RegexOptions.CultureInvariant);

    public bool Matches(string stepText) => _pattern.IsMatch(stepText);
}
