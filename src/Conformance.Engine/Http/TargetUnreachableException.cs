namespace Conformance.Engine.Http;

/// <summary>The target could not be talked to at all (refused, reset, timed out, TLS refused): the run could not judge it.</summary>
public sealed class TargetUnreachableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The target answered with more bytes than the harness is willing to buffer.</summary>
public sealed class ResponseTooLargeException(string message) : Exception(message);
