namespace Conformance.Engine.Checks;

/// <summary>A check on the target's answer failed; the message names what was expected, what came back and where.</summary>
public sealed class ExpectationFailedException(string message) : Exception(message);
