using System.Text.Json.Nodes;
using Conformance.Engine.Explore;
using Conformance.Engine.Http;
using Conformance.Engine.Schemas;

namespace Conformance.Cce.Explore;

/// <summary>What every CCE answer is held to, each check naming the requirement (features/cce/requirements.yaml) and level it stands for.</summary>
public sealed class CceChecks(SchemaValidator schemas, string knownClusterPath)
{
    public const string Refused = "invalid-request-refused";
    public const string NodeLimitFirst = "node-limit-before-lookup";
    public const string ErrorBody = "error-body-has-code-and-message";
    public const string AcceptedBody = "accepted-answer-schema";
    public const string NotEchoed = "password-not-echoed";
    public const string No5xx = "no-undocumented-5xx";
    public const string UnknownNotAccepted = "unknown-resource-not-accepted";

    public static IReadOnlyList<string> All { get; } = [.. CceAuthChecks.All, Refused, NodeLimitFirst, UnknownNotAccepted, ErrorBody, AcceptedBody, NotEchoed, No5xx];

    public IReadOnlyList<Violation> Judge(ProbeRequest request, HttpResult answer)
    {
        var found = new List<Violation>();
        var expected = CceOracle.Judge(request.Body, request.ContentType);
        var status = answer.Status;
        if (request.Fault is { } fault)
        {
            found.AddRange(CceAuthChecks.Judge(fault, expected.MustRefuse || request.Path != knownClusterPath, status));
        }

        if (expected.MustRefuse && status is < 400 or > 499)
        {
            var rule = expected.Broken[0];
            found.Add(new(Refused, rule.Id, "MUST", $"{rule.Why}: the contract says 400, the answer was {status}"));
        }

        // The one ordering the spec fixes: the limit before any lookup, so unknown uids still get 400 (an unknown cluster may win).
        // Authentication comes before both: a request with an auth fault is held to the auth rules alone.
        if (expected.OverNodeLimit && request.Fault is null && request.Path == knownClusterPath && status != 400)
        {
            found.Add(new(NodeLimitFirst, "CCE-011", "MUST", $"more than 200 distinct uids: the contract says 400 before any lookup, the answer was {status}"));
        }

        // Valid or not, a request naming only unknown nodes, or an unknown cluster, removes nothing: 404 or 400, never 2xx.
        if (status is >= 200 and < 300 && !expected.MustRefuse)
        {
            if (request.Path != knownClusterPath)
            {
                found.Add(new(UnknownNotAccepted, "CCE-060", "MUST", $"a removal in an unknown cluster was answered {status}"));
            }
            else if (request.RemovableUids.Count == 0 && Uids(request.Body) is { Count: > 0 })
            {
                found.Add(new(UnknownNotAccepted, "CCE-061", "MUST", $"a removal naming only unknown node uids was answered {status}"));
            }
        }

        if (status >= 400 && schemas.Validate("cce/error.schema.json", answer.Text) is { Count: > 0 } errors)
        {
            found.Add(new(ErrorBody, "CCE-070", "MUST", $"the {status} body has no code and message: {errors[0]}"));
        }

        if (status == 200 && schemas.Validate("cce/remove-nodes-task.response.schema.json", answer.Text) is { Count: > 0 } bad)
        {
            found.Add(new(AcceptedBody, "CCE-040", "MUST", $"the 200 body does not match remove-nodes-task.response.schema.json: {bad[0]}"));
        }

        if (Password(request.Body) is { Length: >= 8 } password && answer.Text.Contains(password, StringComparison.Ordinal))
        {
            // The MUST is about the 200 answer; an error that repeats the password is still worth fixing.
            found.Add(new(NotEchoed, "CCE-032", status == 200 ? "MUST" : "SHOULD", $"the {status} answer echoes the password sent"));
        }

        if (status >= 500 && !expected.MustRefuse)
        {
            found.Add(new(No5xx, "CCE-003", "SHOULD", $"a malformed request got {status} instead of a 400 CCE.01400001"));
        }

        return found;
    }

    /// <summary>The uids of a node list whose every item names one as a string; null for any other list.</summary>
    private static List<string>? Uids(string? body)
    {
        if (!JsonText.TryParse(body, out var node) || node is not JsonObject task || task["spec"] is not JsonObject spec || spec["nodes"] is not JsonArray nodes)
        {
            return null;
        }

        var uids = nodes.Select(n => n is JsonObject item && item["uid"] is { } u && JsonText.IsString(u, out var s) ? s : null).ToList();
        return uids.All(u => u is not null) ? [.. uids.OfType<string>()] : null;
    }

    private static string? Password(string? body) =>
        JsonText.TryParse(body, out var node) && node is JsonObject task && task["spec"] is JsonObject spec && spec["login"] is JsonObject login
        && login["userPassword"] is JsonObject up && up["password"] is { } p && JsonText.IsString(p, out var s) ? s : null;
}
