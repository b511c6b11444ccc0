using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;

namespace Conformance.Cce.Stub;

/// <summary>Applies <see cref="CceDeviations.ErrorWithoutCode"/> to a finished answer, so no error builder needs to know of it.</summary>
internal static class ErrorBodies
{
    public static IResponseMessage Finish(IResponseMessage response, IReadOnlySet<string> deviations)
    {
        if (!deviations.Contains(CceDeviations.ErrorWithoutCode) || response is not ResponseMessage { StatusCode: int status } message
            || status < 400 || message.BodyData?.BodyAsBytes is not { } text)
        {
            return response;
        }

        var body = JsonNode.Parse(text)!.AsObject();
        var said = body["error_msg"] ?? body["errorMessage"];
        message.BodyData = StubResponses.Utf8(JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["message"] = said?.ToString() ?? "error" }));
        return message;
    }
}
