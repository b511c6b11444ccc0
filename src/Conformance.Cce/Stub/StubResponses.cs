using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Conformance.Cce.Stub;

/// <summary>Builds the stub's WireMock responses: JSON body, X-Request-Id on every one.</summary>
internal static class StubResponses
{
    public static IResponseMessage Json(int status, JsonNode body, string requestId) =>
        Json(status, JsonSerializer.SerializeToUtf8Bytes(body), requestId);

    /// <summary>Bytes as they go on the wire: WireMock would otherwise encode a string body once more.</summary>
    public static IResponseMessage Json(int status, byte[] utf8Body, string requestId)
    {
        var message = new ResponseMessage
        {
            StatusCode = status,
            BodyData = Utf8(utf8Body),
        };
        message.AddHeader("Content-Type", "application/json;charset=utf-8");
        message.AddHeader("X-Request-Id", requestId);
        return message;
    }

    public static BodyData Utf8(byte[] bytes) => new() { DetectedBodyType = BodyType.Bytes, BodyAsBytes = bytes };

    /// <summary>Both spellings: the Node SDK reads only error_code/error_msg, the page documents errorCode/errorMessage.</summary>
    public static IResponseMessage CceError(int status, string code, string message, string detail, string requestId) =>
        Json(status, new JsonObject
        {
            ["errorCode"] = code,
            ["errorMessage"] = message,
            ["error_code"] = code,
            ["error_msg"] = message,
            ["message"] = detail,
        }, requestId);

    public static IResponseMessage GatewayError(int status, string code, string message, string requestId) =>
        Json(status, new JsonObject
        {
            ["error_msg"] = message,
            ["error_code"] = code,
            ["request_id"] = requestId,
        }, requestId);

    public static IResponseMessage InvalidRequest(string detail, string requestId) =>
        CceError(400, CceErrorCodes.InvalidRequest, "Invalid request.", detail, requestId);

    public static IResponseMessage NotFound(string detail, string requestId) =>
        CceError(404, CceErrorCodes.NotFound, "Resource not found.", detail, requestId);

    /// <summary>32 hex digits, as CCE's; an id, not a secret, so the cheap generator serves.</summary>
    public static string NewRequestId() => string.Create(32, 0, static (chars, _) =>
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        Convert.TryToHexStringLower(bytes, chars, out _);
    });
}
