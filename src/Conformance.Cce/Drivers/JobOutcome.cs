namespace Conformance.Cce.Drivers;

/// <summary>Where following a job ended: the last phase seen (Success, Failed, or a pending one when the bounds ran out).</summary>
public sealed record JobOutcome(string JobId, string Phase, string? Reason, int Polls, TimeSpan Waited)
{
    public bool IsTerminal => Phase is "Success" or "Failed";
}
