namespace Conformance.Engine.Catalogue;

/// <summary>A named way a stub can be made to break one MUST requirement, to prove the suite catches that bug.</summary>
/// <param name="Name">What <c>conformance stub --deviate</c> takes, e.g. "x-no-maintenance-lock".</param>
/// <param name="RequirementId">The MUST requirement the deviation breaks.</param>
/// <param name="Description">One line: what the buggy server does.</param>
public sealed record StubDeviation(string Name, string RequirementId, string Description);
