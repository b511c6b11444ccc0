using Conformance.Engine.Explore;
using Conformance.Engine.Http;

namespace Conformance.Cce.Explore;

/// <summary>What an answer to a request carrying an auth fault is held to: 401 whatever the body, before any other rule.</summary>
public static class CceAuthChecks
{
    public const string Refused = "unauthenticated-401";
    public const string BeforeValidation = "auth-before-validation";
    public const string SkewRefused = "sdk-date-skew-refused";

    public static IReadOnlyList<string> All { get; } = [Refused, BeforeValidation, SkewRefused];

    /// <param name="refusable">The body, content type or cluster alone would earn a refusal: only auth-first answers 401 to it.</param>
    public static IEnumerable<Violation> Judge(string fault, bool refusable, int status)
    {
        if (status == 401)
        {
            yield break;
        }

        if (fault == CceAuthFaults.SdkDateSkewed)
        {
            // A server that ignores the skew may rightly judge the body next: only a valid request shows the SHOULD broken.
            if (!refusable)
            {
                yield return new(SkewRefused, "CCE-057", "SHOULD", $"a correctly signed request with X-Sdk-Date {CceAuthFaults.Skew.TotalMinutes} minutes off was answered {status}, not 401");
            }

            yield break;
        }

        var (id, what) = fault switch
        {
            CceAuthFaults.WrongToken => ("CCE-054", "a wrong X-Auth-Token"),
            CceAuthFaults.WrongSignature => ("CCE-055", "a wrong signature"),
            _ => ("CCE-053", "neither token nor signature"),
        };
        yield return refusable
            ? new(BeforeValidation, "CCE-058", "MUST", $"a request with {what} and a refusable body, content type or cluster was answered {status}, not 401")
            : new(Refused, id, "MUST", $"a request with {what} was answered {status}, not 401");
    }
}
