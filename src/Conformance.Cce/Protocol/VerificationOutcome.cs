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
}
