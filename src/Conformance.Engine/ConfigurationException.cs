namespace Conformance.Engine;

/// <summary>A usage or configuration problem (exit code 2): a bad profile, a missing folder, an unknown option value.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
