using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using WireMock;

namespace Conformance.Stub.ApiLane;

/// <summary>Writes a stub handler's WireMock response to ASP.NET Core: status, headers, body bytes with their length.</summary>
internal static class LaneResponse
{
    public static Task WriteAsync(IResponseMessage message, HttpResponse response)
    {
        response.StatusCode = message.StatusCode switch
        {
            int code => code,
            HttpStatusCode code => (int)code,
            string status when int.TryParse(status, out var code) => code,
            _ => 200,
        };
        foreach (var (name, values) in message.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
        {
            response.Headers[name] = values.ToArray();
        }

        var body = message.BodyData?.BodyAsBytes
            ?? (message.BodyData?.BodyAsString is { } text ? (message.BodyData.Encoding ?? Encoding.UTF8).GetBytes(text) : []);
        if (body.Length == 0)
        {
            return Task.CompletedTask;
        }

        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }
}
