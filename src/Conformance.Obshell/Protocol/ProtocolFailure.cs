namespace Conformance.Obshell.Protocol;

/// <summary>Why the server side refused a header or body; the stub maps each to one obshell errCode.</summary>
public enum ProtocolFailure
{
    None = 0,
    /// <summary>Not base64, RSA refused a chunk, or the plaintext is not the expected JSON object.</summary>
    HeaderDecryptFailed,
    UriMismatch,
    /// <summary>ts is a string but not an integer.</summary>
    TimestampInvalid,
    Expired,
    IncorrectPassword,
    /// <summary>key||iv shorter than 32 bytes.</summary>
    KeyAndIvInvalid,
    /// <summary>Body is not base64 or not a whole number of AES blocks.</summary>
    BodyContentLengthInvalid,
    /// <summary>AES ran but the PKCS#7 padding is wrong (tampered body or wrong key).</summary>
    BodyDecryptFailed,
}
