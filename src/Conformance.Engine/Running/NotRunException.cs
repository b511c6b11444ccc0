namespace Conformance.Engine.Running;

/// <summary>Thrown by a step when the scenario cannot be judged here (a fixture the profile lacks, a stub-only row): reported not-run, never failed.</summary>
public class NotRunException(string reason) : Exception(reason);

/// <summary>A fixture the target profile does not provide; the scenario is not-run and the reason names the profile field.</summary>
public sealed class FixtureMissingException(string profileField)
    : NotRunException($"the profile has no '{profileField}' fixture");
