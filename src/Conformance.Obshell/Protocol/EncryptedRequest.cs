namespace Conformance.Obshell.Protocol;

/// <summary>What a client puts on the wire: the encrypted header value, the encrypted body (if any) and the keys used.</summary>
public sealed record EncryptedRequest(string HeaderValue, string? Body, AesKeyMaterial Keys);
