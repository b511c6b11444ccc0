using Conformance.Engine.Explore;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Schemas;

namespace Conformance.Obshell.Explore;

/// <summary>What every obshell scale-in answer is held to, each check naming the requirement (features/obshell/requirements.yaml) and level.</summary>
public sealed class ObshellChecks(SchemaValidator schemas, ObshellProfile profile)
{
    public const string Refused = "invalid-body-refused";
    public const string SelfRefused = "self-removal-refused";
    public const string NonMember = "non-member-204";
    public const string Envelope = "envelope";
    public const string No5xx = "no-undocumented-5xx";
    public const string Routed = "both-routes-answer";

    /// <summary>The 5xx rows the spec documents.</summary>
    private static readonly HashSet<string> Documented5xx = new(StringComparer.Ordinal)
    {
        "Request.Body.Decrypt.AES.KeyAndIv.Invalid", "OB.Cluster.UnderMaintenanceWithDag",
    };

    public static IReadOnlyList<string> All { get; } = [Routed, Refused, SelfRefused, NonMember, .. ObshellAuthChecks.All, Envelope, No5xx];

    public IReadOnlyList<Violation> Judge(ProbeRequest request, HttpResult answer)
    {
        var found = new List<Violation>();
        var expected = ObshellOracle.Judge(request.Body);
        var status = answer.Status;
        var judged = expected.MustRefuse || JsonText.Depth(request.Body) <= JsonText.JudgedDepth;
        if (status == 404)
        {
            // Neither route has a 404 in the contract, whatever the body: the route is missing, and the body was never bound.
            found.Add(new(Routed, "OBS-001", "MUST", $"{request.Method} {request.Path} was answered 404: the route is not served"));
        }
        else if (request.Fault is not null)
        {
            // The security checks come before the body is bound: a faulty request is judged by them alone.
            found.AddRange(ObshellAuthChecks.Judge(ObshellSender.Fault(request.Fault), expected, answer, bodySent: !string.IsNullOrEmpty(request.Body)));
        }
        else if (expected.MustRefuse && status != 400)
        {
            var (id, why) = expected.Broken[0];
            found.Add(new(Refused, id, "MUST", $"{why}: the contract says 400 Common.BindJsonFailed, the answer was {status}"));
        }
        else if (judged && !expected.MustRefuse && IsAgent(expected) && status != 400)
        {
            found.Add(new(SelfRefused, "OBS-015", "MUST", $"removing the agent's own node {expected.Ip}:{expected.Port} was answered {status}, not 400"));
        }
        else if (judged && !expected.MustRefuse && !IsAgent(expected) && status != 204)
        {
            found.Add(new(NonMember, "OBS-004", "MUST", $"removing non-member {Shorten(expected.Ip)}:{expected.Port} was answered {status}, not 204"));
        }

        found.AddRange(EnvelopeViolations(answer));
        if (status >= 500 && !(answer.Json?["error"]?["errCode"]?.ToString() is { } code && Documented5xx.Contains(code)))
        {
            found.Add(new(No5xx, "OBS-011", "SHOULD", $"a request answered {status}, a status the spec does not document for it"));
        }

        return found;
    }

    private IEnumerable<Violation> EnvelopeViolations(HttpResult answer)
    {
        var status = answer.Status;
        if (status == 204)
        {
            if (answer.Body.Length > 0)
            {
                yield return new(Envelope, "OBS-004", "MUST", "a 204 answer carries a body");
            }

            yield break;
        }

        var id = status >= 400 ? "OBS-003" : "OBS-002";
        if (schemas.Validate("obshell/envelope.schema.json", answer.Text) is { Count: > 0 } errors)
        {
            yield return new(Envelope, id, "MUST", $"the {status} body is not an obshell envelope: {errors[0]}");
        }
        else if (answer.Json?["status"]?.ToString() != status.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            yield return new(Envelope, id, "MUST", $"the envelope says status {answer.Json?["status"]?.ToString()}, the HTTP status is {status}");
        }
    }

    private bool IsAgent(ObshellExpectation e) => e.Ip == profile.Agent.Ip && e.Port == profile.Agent.Port;

    private static string? Shorten(string? s) => s is { Length: > 40 } ? s[..40] + "..." : s;
}
