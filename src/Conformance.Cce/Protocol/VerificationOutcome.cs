namespace Conformance.Cce.Protocol;

/// <summary>Why an AK/SK signed request was accepted or refused.</summary>
public enum VerificationOutcome
{
    Valid,
    MissingAuthorization,
    MalformedAuthorization,
    UnknownAccessKey,
    MissingDate,
    MalformedDate,
    DateSkewed,
    DateNotSigned,
    MissingSignedHeader,
    SignatureMismatch,
}

/// <summary>The verdict of <see cref="AkSkVerifier"/> with a human-readable detail.</summary>
public sealed record VerificationResult(VerificationOutcome Outcome, string Detail)
{
    public bool IsValid => Outcome == VerificationOutcome.Valid;

    /// <summary>The SignedHeaders the client named, once the Authorization header parsed.</summary>
    public IReadOnlyList<string>? SignedHeaders { get; init; }

    /// <summary>For <see cref="VerificationOutcome.SignatureMismatch"/>: what the server computed from the bytes it received.</summary>
    public string? CanonicalRequest { get; init; }

    /// <summary>For <see cref="VerificationOutcome.SignatureMismatch"/>: the string the server signed (it holds the canonical request's hash).</summary>
    public string? StringToSign { get; init; }

    /// <summary>The first characters of the client's signature, enough to tell two attempts apart and too few to replay one.</summary>
    public string? SignaturePrefix { get; init; }
}
