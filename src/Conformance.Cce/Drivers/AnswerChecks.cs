using System.Text.Json.Nodes;
using Conformance.Engine.Http;
using Conformance.Engine.Checks;

namespace Conformance.Cce.Drivers;

/// <summary>Checks on an answer that take more than one line: error shape, spellings, X-Request-Id, echo, masking.</summary>
public static class AnswerChecks
{
    public const string ErrorSchema = "cce/error.schema.json";

    /// <summary>A code and a message in either spelling (CCE's or the gateway's), as error.schema.json says.</summary>
    public static void ErrorShape(CceDriver driver) =>
        driver.Run.Schemas.AssertValid(ErrorSchema, driver.Last.Text, $"the HTTP {driver.Last.Status} error body");

    public static void BothSpellings(HttpResult result)
    {
        foreach (var (field, other) in new[] { ("errorCode", "error_code"), ("errorMessage", "error_msg") })
        {
            var a = ErrorBody.Text(result, field);
            var b = ErrorBody.Text(result, other);
            Expect.That(a is not null && b is not null, () =>
                $"expected both $.{field} and $.{other} as strings, got {(a is null ? "no " : string.Empty)}$.{field} and " +
                $"{(b is null ? "no " : string.Empty)}$.{other} (HTTP {result.Status}); body: {Expect.Excerpt(result)}");
        }

        Expect.Equal(ErrorBody.Text(result, "errorCode"), ErrorBody.Text(result, "error_code"), "$.error_code (same as $.errorCode)", result, "the error body");
    }

    public static void RequestId(HttpResult result, string what) =>
        Expect.That(!string.IsNullOrWhiteSpace(result.Header("X-Request-Id")), () =>
            $"{what}: expected an X-Request-Id header, got none (HTTP {result.Status}; headers: {string.Join(", ", result.Headers.Keys)})");

    public static void Echo(CceDriver driver)
    {
        var last = driver.Last;
        Expect.Equal("v3", Expect.String(last, "apiVersion", "the RemoveNode answer"), "$.apiVersion", last, "the RemoveNode answer");
        Expect.Equal("RemoveNodesTask", Expect.String(last, "kind", "the RemoveNode answer"), "$.kind", last, "the RemoveNode answer");
        var sent = Uids(driver.Request.Body);
        var echoed = Uids(last.Json as JsonObject);
        Expect.That(sent.SequenceEqual(echoed), () =>
            $"expected $.spec.nodes[*].uid to be [{string.Join(", ", sent)}], got [{string.Join(", ", echoed)}]; body: {Expect.Excerpt(last)}");
    }

    /// <summary>The value sent must appear nowhere in the answer; the mask used instead is only noted.</summary>
    public static void PasswordMasked(CceDriver driver)
    {
        var last = driver.Last;
        var sent = driver.Request.SentPassword ?? throw new InvalidOperationException("suite error: the request carries no password");
        Expect.That(!last.Text.Contains(sent, StringComparison.Ordinal), () =>
            $"expected the password sent not to come back, but the answer contains it (at $.spec.login.userPassword.password: " +
            $"{JsonPath.Get(last.Json, "spec.login.userPassword.password")?.ToJsonString() ?? "elsewhere"})");
        var mask = JsonPath.Get(last.Json, "spec.login.userPassword.password");
        driver.Log.Note("CCE-N03", mask is null
            ? "the 200 answer carries no spec.login.userPassword.password"
            : $"the 200 answer masks the password as {mask.ToJsonString()}");
    }

    private static List<string> Uids(JsonObject? root) =>
        (JsonPath.Get(root, "spec.nodes") as JsonArray ?? [])
            .Select(n => (n as JsonObject)?["uid"]?.ToString() ?? "(none)").ToList();
}
