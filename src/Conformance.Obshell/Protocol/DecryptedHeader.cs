namespace Conformance.Obshell.Protocol;

/// <summary>The auth header after RSA decryption; <see cref="Keys"/> is the raw key||iv (possibly too short).</summary>
public sealed record DecryptedHeader(string Auth, string Ts, string Uri, byte[] Keys);
