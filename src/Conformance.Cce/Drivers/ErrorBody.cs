using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine.Http;
using Conformance.Engine.Checks;

namespace Conformance.Cce.Drivers;

/// <summary>Reads an error answer in either spelling: errorCode/errorMessage (the page) or error_code/error_msg (gateway, SDKs).</summary>
public static class ErrorBody
{
    public static string? Code(HttpResult result) => Text(result, "error_code") ?? Text(result, "errorCode");

    public static string? Message(HttpResult result) => Text(result, "error_msg") ?? Text(result, "errorMessage");

    public static string? Text(HttpResult result, string field) =>
        result.Json is JsonObject o && o[field] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>Fails unless the code (in either spelling) is one of <paramref name="expected"/>.</summary>
    public static void ExpectCode(HttpResult result, params string[] expected)
    {
        var code = Code(result);
        Expect.That(code is not null && expected.Contains(code, StringComparer.Ordinal), () =>
            $"expected error code {string.Join(" or ", expected)} at $.error_code or $.errorCode, got {(code is null ? "no code" : $"'{code}'")} " +
            $"(HTTP {result.Status}); body: {Expect.Excerpt(result)}");
    }
}
