using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Conformance.Benchmarks;

/// <summary>The ceiling: Kestrel with no framework on top, answering each endpoint's captured bytes.</summary>
public sealed class BareKestrel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareKestrel(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<BareKestrel> StartAsync(IReadOnlyList<StubLoad.Endpoint> endpoints)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var answers = StubLoad.Endpoint.ByRoute(endpoints);
        app.Run(async context =>
        {
            if (!answers.TryGetValue((context.Request.Method, context.Request.Path.Value ?? string.Empty), out var e))
            {
                context.Response.StatusCode = 404;
                return;
            }

            // Read the request body as the stub must.
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Response.StatusCode = e.Status;
            if (e.ResponseType is not null)
            {
                context.Response.ContentType = e.ResponseType;
            }

            if (e.ResponseBody.Length > 0)
            {
                context.Response.ContentLength = e.ResponseBody.Length;
                await context.Response.Body.WriteAsync(e.ResponseBody);
            }
        });
        await app.StartAsync();
        var address = app.Urls.First();
        return new BareKestrel(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
