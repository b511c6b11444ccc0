using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Conformance.Engine.Http;

/// <summary>The run's one HTTP client: per-request timeout, bounded reads, and transport failures told apart from answers.</summary>
public sealed class TargetHttp : IDisposable
{
    private readonly HttpClient _client;

    public TargetHttp(HttpOptions options)
    {
        Options = options;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.ConnectTimeout,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        };
        if (options.Insecure)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public HttpOptions Options { get; }

    public async Task<HttpResult> SendAsync(HttpRequestMessage request, CancellationToken cancellation = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(Options.RequestTimeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            byte[] body;
            try
            {
                body = await ReadBoundedAsync(response.Content, timeout.Token);
            }
            catch (ResponseTooLargeException e)
            {
                throw new ResponseTooLargeException($"{request.Method} {request.RequestUri}: {e.Message}");
            }

            var headers = response.Headers.Concat(response.Content.Headers)
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
            return new HttpResult((int)response.StatusCode, headers, body, watch.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new TargetUnreachableException(
                $"{request.Method} {request.RequestUri}: no complete answer within {Options.RequestTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw new TargetUnreachableException($"{request.Method} {request.RequestUri}: {Describe(e)}", e);
        }
        catch (IOException e)
        {
            throw new TargetUnreachableException($"{request.Method} {request.RequestUri}: connection broke while reading the answer ({e.Message})", e);
        }
    }

    public void Dispose() => _client.Dispose();

    private static string Describe(HttpRequestException e) => e.InnerException switch
    {
        SocketException s => $"{s.SocketErrorCode} ({s.Message})",
        AuthenticationException a => $"TLS refused: {a.Message} (use --insecure for a self-signed test server)",
        IOException io => $"connection broke ({io.Message})",
        _ => e.Message,
    };

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellation)
    {
        var cap = Options.MaxResponseBytes;
        if (content.Headers.ContentLength > cap)
        {
            throw new ResponseTooLargeException($"the answer declares {content.Headers.ContentLength} bytes, over the {cap}-byte cap");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellation);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                throw new ResponseTooLargeException($"the answer is longer than the {cap}-byte cap");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
