using System.Net.Sockets;
using System.Text;

namespace Conformance.Engine.Tests.Hostile;

/// <summary>Writes each <see cref="FaultMode"/>'s answer onto an accepted connection.</summary>
internal static class FaultResponses
{
    public const string NotJsonBody = "OK - all systems nominal";

    public const string HtmlBody = "<html><body><h1>500 Internal Server Error</h1></body></html>";

    public const long HugeBytes = 60L * 1024 * 1024;

    public static Task WriteAsync(FaultMode mode, TcpClient client, Stream stream, CancellationToken stop) => mode switch
    {
        FaultMode.Json => WriteAllAsync(stream, Answer("200 OK", "application/json", """{"ok":true}"""), stop),
        FaultMode.NotJson => WriteAllAsync(stream, Answer("200 OK", "text/plain", NotJsonBody), stop),
        FaultMode.HtmlError => WriteAllAsync(stream, Answer("500 Internal Server Error", "text/html", HtmlBody), stop),
        FaultMode.NeverAnswer => Task.Delay(Timeout.Infinite, stop),
        FaultMode.OneBytePerSecond => TrickleAsync(stream, Answer("200 OK", "application/json", """{"ok":true}"""), stop),
        FaultMode.ResetMidResponse => ResetAsync(client, stream, stop),
        FaultMode.Huge => HugeAsync(stream, stop),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    private static byte[] Answer(string status, string contentType, string body) => Encoding.ASCII.GetBytes(
        $"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}");

    private static async Task WriteAllAsync(Stream stream, byte[] bytes, CancellationToken stop)
    {
        await stream.WriteAsync(bytes, stop);
        await stream.FlushAsync(stop);
    }

    private static async Task TrickleAsync(Stream stream, byte[] bytes, CancellationToken stop)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            await stream.WriteAsync(bytes.AsMemory(i, 1), stop);
            await stream.FlushAsync(stop);
            await Task.Delay(TimeSpan.FromSeconds(1), stop);
        }
    }

    private static async Task ResetAsync(TcpClient client, Stream stream, CancellationToken stop)
    {
        var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"items\":[");
        await WriteAllAsync(stream, head, stop);

        // Let the client take the headers first, so the reset lands while it reads the body.
        await Task.Delay(TimeSpan.FromMilliseconds(100), stop);
        client.LingerState = new LingerOption(true, 0);
        client.Close();
    }

    private static async Task HugeAsync(Stream stream, CancellationToken stop)
    {
        await WriteAllAsync(stream, Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"), stop);

        // One reused 64 KB chunk: the server must not hold 60 MB either, or the allocation check would measure it.
        var chunk = new byte[64 * 1024];
        chunk.AsSpan().Fill((byte)' ');
        var frameHead = Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n");
        var frameTail = "\r\n"u8.ToArray();
        for (long sent = 0; sent < HugeBytes; sent += chunk.Length)
        {
            await stream.WriteAsync(frameHead, stop);
            await stream.WriteAsync(chunk, stop);
            await stream.WriteAsync(frameTail, stop);
        }

        await WriteAllAsync(stream, "0\r\n\r\n"u8.ToArray(), stop);
    }
}
