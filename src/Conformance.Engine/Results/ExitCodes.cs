namespace Conformance.Engine.Results;

/// <summary>The CLI's exit codes; CI scripts depend on them, so they never change meaning.</summary>
public static class ExitCodes
{
    public const int Conformant = 0;
    public const int NotConformant = 1;
    public const int UsageError = 2;
    public const int TargetUnreachable = 3;

    /// <summary>No MUST requirement failed, but some in scope were not judged (too few nodes, a fixture missing, blocked).</summary>
    public const int Incomplete = 4;

    public static int For(Outcome outcome) => outcome switch
    {
        Outcome.Conformant => Conformant,
        Outcome.NotConformant => NotConformant,
        Outcome.Incomplete => Incomplete,
        _ => TargetUnreachable,
    };
}
