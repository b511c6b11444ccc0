using Conformance.Engine.Running;

namespace Conformance.Engine.Explore;

/// <summary>One API's part of explore and replay: its explorer, the sender replay re-sends a finding through, and an equivalent curl line.</summary>
public interface IExplorePack
{
    /// <summary>The explorer for the API, or null when the profile has no section for it.</summary>
    /// <param name="maxSpent">How many removable nodes accepted (non-conformant) answers may cost before none is named any more.</param>
    IApiExplorer? Create(RunContext run, int maxSpent);

    /// <summary>Sends a replayed request exactly as the explorer did (encrypted or signed afresh).</summary>
    IProbeSender Sender(RunContext run);

    /// <summary>A curl command equivalent to the finding's request, or null when none can be given without a secret.</summary>
    string? Curl(Finding finding, RunContext run);
}
