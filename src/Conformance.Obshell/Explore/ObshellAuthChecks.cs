using Conformance.Engine.Explore;
using Conformance.Engine.Http;
using Conformance.Obshell.Drivers;

namespace Conformance.Obshell.Explore;

/// <summary>What an answer to a request carrying a security fault is held to ("Outcomes" table: security checks come first).</summary>
public static class ObshellAuthChecks
{
    public const string Refused = "auth-fault-refused";
    public const string BeforeBody = "auth-before-body";

    public static IReadOnlyList<string> All { get; } = [Refused, BeforeBody];

    /// <param name="bodySent">False for a request without a body: the server never decrypts one, so a short key+iv goes unnoticed and the body binds as {}.</param>
    public static IEnumerable<Violation> Judge(RequestFault fault, ObshellExpectation expected, HttpResult answer, bool bodySent = true)
    {
        var status = answer.Status;
        var code = answer.Json?["error"]?["errCode"]?.ToString() ?? string.Empty;
        switch (fault)
        {
            case RequestFault.NoAuthHeader when !(status == 400 && code.StartsWith("Request.Header.", StringComparison.Ordinal)):
                yield return new(Refused, "OBS-025", "MUST", $"a request without an auth header was answered {status} {code}, not 400 Request.Header.*");
                break;
            case RequestFault.UndecryptableHeader or RequestFault.UriMismatch or RequestFault.ExpiredTs or RequestFault.WrongPassword
                when !(status == 401 && code.StartsWith("Security.Authentication.", StringComparison.Ordinal)):
                // A bind error means the body was judged first: the ordering rule, not the refusal, is what broke.
                yield return expected.MustRefuse && status == 400 && code == "Common.BindJsonFailed"
                    ? new(BeforeBody, "OBS-028", "MUST", $"a request with {fault} and an invalid body got the body's 400 {code}, not the authentication error")
                    : new(Refused, "OBS-026", "MUST", $"a request with {fault} was answered {status} {code}, not 401 Security.Authentication.*");
                break;
            case RequestFault.ShortKeyAndIv when bodySent && !(status == 500 && code == "Request.Body.Decrypt.AES.KeyAndIv.Invalid"):
                yield return new(Refused, "OBS-029", "SHOULD", $"a header with a short key and iv was answered {status} {code}, not 500 Request.Body.Decrypt.AES.KeyAndIv.Invalid");
                break;
            case RequestFault.NonIntegerTs when status != 401:
                yield return new(Refused, "OBS-030", "SHOULD", $"a header whose ts is not an integer was answered {status}, not 401");
                break;
        }
    }
}
