using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.Settings;

namespace Conformance.Stub.ApiLane;

/// <summary>
/// The reference stub's API routes, served from WireMock.Net's own ASP.NET Core pipeline, ahead of its mapping matcher.
/// </summary>
/// <remarks>
/// Each stub answers its whole API from one callback, so WireMock's per-request work (scoring every mapping, building
/// its request and log entry, mapping the response) bought nothing here and cost half the stub's throughput. The same
/// callbacks still serve any WireMock server they are registered on; anything not under a prefix (the control routes,
/// an unknown path) goes on to WireMock's mappings as before.
/// </remarks>
internal sealed class ApiRoutes(IReadOnlyList<(string Prefix, Func<IRequestMessage, IResponseMessage> Handle)> routes, TimeProvider time)
{
    /// <summary>Puts the routes in front of WireMock's middleware, through its documented start-up hook.</summary>
    public void Install(WireMockServerSettings settings)
    {
        var before = settings.PreWireMockMiddlewareInit;
        settings.PreWireMockMiddlewareInit = app =>
        {
            before?.Invoke(app);
            ((IApplicationBuilder)app).Use(next => context => Handle(context, next));
        };
    }

    private async Task Handle(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var route = routes.FirstOrDefault(r => path.StartsWith(r.Prefix, StringComparison.Ordinal));
        if (route.Handle is null)
        {
            await next(context);
            return;
        }

        // WireMock reads the body of every method (AllowBodyForAllHttpMethods): the Node SDK signs a GET's `{}`.
        var body = await ReadBodyAsync(context.Request);
        IResponseMessage answer;
        try
        {
            answer = route.Handle(new LaneRequest(context.Request, body, time.GetUtcNow().UtcDateTime));
        }
        catch (Exception e)
        {
            // The handlers answer their API's own 500 for what they throw; this is only for a request that cannot be read.
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsync($"reference stub: {e.GetType().Name}", context.RequestAborted);
            return;
        }

        await LaneResponse.WriteAsync(answer, context.Response);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is { } length and <= 1 << 20)
        {
            var body = new byte[length];
            await request.Body.ReadExactlyAsync(body, request.HttpContext.RequestAborted);
            return body;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.ToArray();
    }
}
