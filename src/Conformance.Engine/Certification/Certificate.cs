using System.Text.Json.Nodes;
using Conformance.Engine.Running;

namespace Conformance.Engine.Certification;

/// <summary>The machine-readable verdict of a run: what was judged, by which suite, against which target, with what result.</summary>
public sealed record Certificate(
    HarnessInfo Harness,
    string Verdict,
    string Outcome,
    string? Reason,
    TargetInfo Target,
    SuiteInfo Suite,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    CertificateTotals Totals,
    IReadOnlyList<RequirementVerdict> Requirements,
    IReadOnlyList<Note> Notes,
    IReadOnlyList<string> Problems)
{
    /// <summary>"1/4" when the run took one shard of the suite; null for a whole-suite run.</summary>
    public string? Shard { get; init; }

    /// <summary>How a baseline of known deviations was applied; null when the run had none.</summary>
    public BaselineReport? Baseline { get; init; }

    /// <summary>The ES256 signature over the rest of the certificate; null when unsigned.</summary>
    public CertificateSignature? Signature { get; init; }
}

/// <summary>Which harness produced the certificate.</summary>
public sealed record HarnessInfo(string Name, string Version);

/// <summary>The judged target: its URL, the APIs run, and the profile (which holds only environment-variable names, never secrets).</summary>
public sealed record TargetInfo(string Url, IReadOnlyList<string> Apis, JsonNode? Profile)
{
    /// <summary>The <see cref="Kind"/> of the reference stub a run starts for itself when given no target.</summary>
    public const string EmbeddedReferenceStub = "embedded-reference-stub";

    /// <summary>
    /// <see cref="EmbeddedReferenceStub"/> when the run judged its own embedded stub, which listens on a port of its
    /// choosing, so its URL says nothing about which target it was; null for a target named by its URL.
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>What makes two certificates judge the same target: the URL, or the embedded stub whatever its port.</summary>
    public string Identity() => Kind == EmbeddedReferenceStub ? "the embedded reference stub" : Url;
}

/// <summary>The suite the target was judged by.</summary>
public sealed record SuiteInfo(string Sha256, int Scenarios);

/// <summary>Counts per scenario status and per requirement level.</summary>
public sealed record CertificateTotals(StatusCounts Scenarios, StatusCounts Must, StatusCounts Should);

/// <summary>How many passed, failed, were not run (in scope, not judged) and were not selected (outside the scope).</summary>
public sealed record StatusCounts(int Passed, int Failed, int NotRun, int NotSelected = 0)
{
    /// <summary>Counts status names ("passed", "failed", "not-run", "not-selected").</summary>
    public static StatusCounts Of(IEnumerable<string> statuses)
    {
        var list = statuses.ToList();
        return new StatusCounts(
            list.Count(s => s == RequirementStatus.Passed),
            list.Count(s => s == RequirementStatus.Failed),
            list.Count(s => s == RequirementStatus.NotRun),
            list.Count(s => s == RequirementStatus.NotSelected));
    }
}

/// <summary>One requirement's verdict and the scenarios behind it.</summary>
public sealed record RequirementVerdict(
    string Id,
    string Api,
    string Level,
    string Status,
    string? FirstFailure,
    IReadOnlyList<ScenarioVerdict> Scenarios)
{
    /// <summary>The catalogue's short title, when the requirement is catalogued.</summary>
    public string? Title { get; init; }

    /// <summary>Why it was not judged (not-run) or not in scope (not-selected): the first such scenario's reason.</summary>
    public string? Reason { get; init; }
}

/// <summary>One scenario's outcome inside a requirement.</summary>
public sealed record ScenarioVerdict(string Name, string Location, string Status, string? Message, string? FailedStep);
