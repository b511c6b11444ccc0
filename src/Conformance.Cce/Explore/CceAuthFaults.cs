using Conformance.Cce.Drivers;
using Conformance.Engine;
using Conformance.Engine.Explore;
using Conformance.Engine.Profiles;

namespace Conformance.Cce.Explore;

/// <summary>The CCE auth faults by name, which of them a profile's credentials can build, and how the authenticator builds each.</summary>
public static class CceAuthFaults
{
    public const string NoCredentials = "NoCredentials";
    public const string WrongToken = "WrongToken";
    public const string WrongSignature = "WrongSignature";
    public const string SdkDateSkewed = "SdkDateSkewed";

    /// <summary>Past the gateway's 15 minutes with a margin, so clock drift between harness and server cannot bring it back inside.</summary>
    public static readonly TimeSpan Skew = TimeSpan.FromMinutes(20);

    /// <summary>A wrong token needs a token profile to mean anything; a wrong signature or skewed date needs the AK/SK to sign.</summary>
    public static IReadOnlyList<string> For(CceAuth auth)
    {
        var faults = new List<string> { NoCredentials };
        if (auth.UsesToken)
        {
            faults.Add(WrongToken);
        }

        if (auth.AkEnv is not null && auth.SkEnv is not null)
        {
            faults.AddRange([WrongSignature, SdkDateSkewed]);
        }

        return faults;
    }

    public static (CceAuthMode Mode, TimeSpan Skew) Mode(string? fault) => fault switch
    {
        null => (CceAuthMode.Profile, TimeSpan.Zero),
        NoCredentials => (CceAuthMode.None, TimeSpan.Zero),
        WrongToken => (CceAuthMode.WrongToken, TimeSpan.Zero),
        WrongSignature => (CceAuthMode.WrongSignature, TimeSpan.Zero),
        SdkDateSkewed => (CceAuthMode.Signature, -Skew),
        _ => throw new ConfigurationException($"unknown cce fault '{fault}'; known: {NoCredentials}, {WrongToken}, {WrongSignature}, {SdkDateSkewed}"),
    };
}
