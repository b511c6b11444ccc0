namespace Conformance.Obshell.Stub;

/// <summary>What <see cref="ObshellStub.Readd"/> did with the node it was given.</summary>
public enum ObshellReaddOutcome
{
    /// <summary>The node is a member again.</summary>
    Readded,

    /// <summary>The node was not in the stub's initial cluster: nothing to bring back.</summary>
    NeverMember,

    /// <summary>The node is a member already.</summary>
    AlreadyMember,
}
