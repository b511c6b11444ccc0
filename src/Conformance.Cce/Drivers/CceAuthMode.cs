namespace Conformance.Cce.Drivers;

/// <summary>How a request proves who sends it; the faulty modes exist for the auth scenarios.</summary>
public enum CceAuthMode
{
    /// <summary>The token when the profile names one, else the AK/SK signature.</summary>
    Profile,
    Signature,
    None,
    WrongToken,
    WrongSignature,
}
