namespace Conformance.Engine.Running;

/// <summary>
/// Run-wide: an API whose removal (a DAG, a job) outlived its bound. Later scenarios that would wait on another one are
/// not-run, blocked by the requirement that showed it, instead of waiting out the same bound again.
/// </summary>
public sealed class Blockers
{
    private readonly Dictionary<string, string> _byApi = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Records the first block of an API; later ones keep the first reason.</summary>
    public void Block(string api, string? requirementId, string why)
    {
        lock (_gate)
        {
            _byApi.TryAdd(api, $"blocked by {requirementId ?? "an earlier scenario"} ({why})");
        }
    }

    /// <summary>"blocked by OBS-006 (DAG 12 was still RUNNING after 30 s)", or null when the API is not blocked.</summary>
    public string? Reason(string api)
    {
        lock (_gate)
        {
            return _byApi.GetValueOrDefault(api);
        }
    }

    public void ThrowIfBlocked(string api)
    {
        if (Reason(api) is { } reason)
        {
            throw new NotRunException(reason);
        }
    }
}
