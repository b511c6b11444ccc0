namespace Conformance.Engine.Certification;

/// <summary>The status names reports use, and the one rule that turns scenario statuses into a requirement's.</summary>
public static class RequirementStatus
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string NotRun = "not-run";
    public const string NotSelected = "not-selected";

    /// <summary>
    /// A requirement fails when one of its scenarios in scope failed, is not-run when one was not judged, and has
    /// passed only when every scenario in scope passed; with no scenario in scope it is not-selected.
    /// </summary>
    public static string Of(IEnumerable<string> scenarioStatuses)
    {
        var inScope = scenarioStatuses.Where(s => s != NotSelected).ToList();
        return inScope.Count == 0 ? NotSelected
            : inScope.Contains(Failed) ? Failed
            : inScope.Contains(NotRun) ? NotRun
            : Passed;
    }
}
