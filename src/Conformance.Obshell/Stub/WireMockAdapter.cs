using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Conformance.Obshell.Stub;

/// <summary>Turns a stub handler into a WireMock callback; an exception becomes obshell's 500 Common.Unexpected.</summary>
internal static class WireMockAdapter
{
    public static Func<IRequestMessage, IResponseMessage> Callback(Func<StubRequest, StubResponse> handler, StubServices s) =>
        message =>
        {
            var request = StubRequest.From(message);
            StubResponse response;
            try
            {
                response = handler(request);
            }
            catch (Exception)
            {
                // Mirrors the server's panic recovery; the stub should never get here.
                response = s.Envelope.Error(RequestContext.Start(request, s.Time), ObshellErrors.Unexpected);
            }

            return ToMessage(response);
        };

    private static ResponseMessage ToMessage(StubResponse response)
    {
        var message = new ResponseMessage
        {
            StatusCode = response.Status,
            Headers = new Dictionary<string, WireMockList<string>>(),
        };
        if (response.Utf8 is not null)
        {
            message.Headers["Content-Type"] = new WireMockList<string>("application/json; charset=utf-8");
            message.BodyData = new BodyData
            {
                BodyAsBytes = response.Utf8,
                DetectedBodyType = BodyType.Bytes,
            };
        }

        return message;
    }
}
