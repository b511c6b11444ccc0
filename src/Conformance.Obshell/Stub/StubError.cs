namespace Conformance.Obshell.Stub;

/// <summary>One obshell error answer: HTTP status, errCode, English message and the legacy numeric code (0 = omitted).</summary>
public sealed record StubError(int Status, string ErrCode, string Message, int LegacyCode = 0);
