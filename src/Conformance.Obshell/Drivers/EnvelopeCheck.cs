using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Engine.Http;
using Conformance.Engine.Schemas;
using Conformance.Engine.Checks;

namespace Conformance.Obshell.Drivers;

/// <summary>The envelope rules of ob/agent/lib/http/response.go, checked field by field, then against the schema.</summary>
public static partial class EnvelopeCheck
{
    /// <summary>RFC 3339 with 0 to 9 fractional digits and Z or an offset (Go trims trailing zeros).</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")]
    public static partial Regex Rfc3339();

    public static JsonObject Success(HttpResult answer, SchemaValidator schemas)
    {
        Expect.That(answer.Status is >= 200 and < 300 and not 204, () => $"expected a 2xx answer with a body but got HTTP {answer.Status}; body: {Expect.Excerpt(answer.Text)}");
        var body = Common(answer, successful: true);
        Expect.That(body.ContainsKey("data"), () => "$.data: expected on a success answer but absent");
        Expect.That(!body.ContainsKey("error"), () => $"$.error: expected absent on a success answer but found {JsonPath.Show(body["error"])}");
        schemas.AssertValid("obshell/envelope.schema.json", answer.Text, $"the HTTP {answer.Status} answer");
        return body;
    }

    public static JsonObject Error(HttpResult answer, SchemaValidator schemas)
    {
        Expect.That(answer.Status >= 400, () => $"expected an error answer (4xx/5xx) but got HTTP {answer.Status}; body: {Expect.Excerpt(answer.Text)}");
        var body = Common(answer, successful: false);
        Expect.That(!body.ContainsKey("data"), () => $"$.data: expected absent on an error answer but found {JsonPath.Show(body["data"])}");
        var error = body["error"] as JsonObject;
        Expect.That(error is not null, () => $"$.error: expected an object but found {JsonPath.Show(body["error"])}");
        Expect.That(Kind(error!["errCode"]) == JsonValueKind.String || Kind(error["code"]) == JsonValueKind.Number,
            () => $"$.error: expected errCode (string) or the legacy numeric code but found {error.ToJsonString()}");
        Expect.That(Kind(error["message"]) == JsonValueKind.String, () => $"$.error.message: expected a string but found {JsonPath.Show(error["message"])}");
        schemas.AssertValid("obshell/error-envelope.schema.json", answer.Text, $"the HTTP {answer.Status} answer");
        return body;
    }

    public static void NoBody(HttpResult answer, int status)
    {
        Expect.Status(status, answer.Status, answer.Text);
        Expect.That(answer.Body.Length == 0, () => $"expected no body on HTTP {status} but got {answer.Body.Length} bytes: {Expect.Excerpt(answer.Text)}");
    }

    private static JsonObject Common(HttpResult answer, bool successful)
    {
        var body = answer.Json as JsonObject;
        Expect.That(body is not null, () => $"expected a JSON object envelope but the HTTP {answer.Status} body is: {Expect.Excerpt(answer.Text)}");
        Expect.That(Kind(body!["successful"]) == (successful ? JsonValueKind.True : JsonValueKind.False),
            () => $"$.successful: expected {(successful ? "true" : "false")} but found {JsonPath.Show(body["successful"])}");
        Expect.That(body["status"] is JsonValue s && s.GetValueKind() == JsonValueKind.Number && s.ToJsonString() == answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            () => $"$.status: expected {answer.Status} (the HTTP status) but found {JsonPath.Show(body["status"])}");
        Expect.That(body["timestamp"] is JsonValue t && t.GetValueKind() == JsonValueKind.String && Rfc3339().IsMatch(t.GetValue<string>()),
            () => $"$.timestamp: expected RFC 3339 with 0-9 fractional digits and Z or an offset but found {JsonPath.Show(body["timestamp"])}");
        Expect.That(body["duration"] is JsonValue d && d.GetValueKind() == JsonValueKind.Number && long.TryParse(d.ToJsonString(), out var ms) && ms >= 0,
            () => $"$.duration: expected a non-negative integer (milliseconds) but found {JsonPath.Show(body["duration"])}");
        Expect.That(Kind(body["traceId"]) == JsonValueKind.String, () => $"$.traceId: expected a string but found {JsonPath.Show(body["traceId"])}");
        return body;
    }

    private static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Undefined;
}
