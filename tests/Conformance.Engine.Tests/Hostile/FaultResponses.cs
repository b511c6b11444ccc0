using System.Net.Sockets;
using System.Text;

namespace Conformance.Engine.Tests.Hostile;

/// <summary>Writes each <see cref="FaultMode"/>'s answer onto an accepted connection.</summary>
internal static class FaultResponses
{
    public const string NotJsonBody = "OK - all systems nominal";

    public const string HtmlBody = "<html><body><h1>500 Internal Server Error</h1></body></html>";

    public const long HugeBytes = 60L * 1024 * 1024;

    public const string ScriptBody = "<html><script>alert('body')</script></html>]]>";

    public const string ScriptHeader = "<script>alert('header')</script>";

    public const int MegabytesBytes = 6 * 1024 * 1024;

    public static string SplitPairBody { get; } = new string('x', 599) + "\U0001F600 and more";

    public const string LoneSurrogatesBody = """{"successful":true,"status":200,"timestamp":"\ud800","duration":1,"traceId":"\udfff","data":{"identity":"x\udc00\ud800y"}}""";

    public static byte[] NulBody { get; } = "{\"successful\":true,\"data\":\"a\0b\u0001\u001f\"}\0"u8.ToArray();

    // Invalid bytes before the JSON too: inside a string alone, a JSON parser takes them without a look.
    public static byte[] InvalidUtf8Body { get; } = [0xFF, 0xFE, .. "{\"data\":\""u8, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0xF0, 0x9F, .. "\"}"u8];

    public static Task WriteAsync(FaultMode mode, TcpClient client, Stream stream, CancellationToken stop) => mode switch
    {
        FaultMode.Json => WriteAllAsync(stream, Answer("200 OK", "application/json", """{"ok":true}"""), stop),
        FaultMode.NotJson => WriteAllAsync(stream, Answer("200 OK", "text/plain", NotJsonBody), stop),
        FaultMode.HtmlError => WriteAllAsync(stream, Answer("500 Internal Server Error", "text/html", HtmlBody), stop),
        FaultMode.NeverAnswer => Task.Delay(Timeout.Infinite, stop),
        FaultMode.OneBytePerSecond => TrickleAsync(stream, Answer("200 OK", "application/json", """{"ok":true}"""), stop),
        FaultMode.ResetMidResponse => ResetAsync(client, stream, stop),
        FaultMode.Huge => HugeAsync(stream, stop),
        FaultMode.NulBytes => WriteAllAsync(stream, Answer("200 OK", "application/json", NulBody), stop),
        FaultMode.InvalidUtf8 => WriteAllAsync(stream, Answer("200 OK", "application/json", InvalidUtf8Body), stop),
        FaultMode.LoneSurrogates => WriteAllAsync(stream, Answer("200 OK", "application/json", LoneSurrogatesBody), stop),
        FaultMode.Script => WriteAllAsync(stream, Answer("200 OK", "application/json", Encoding.UTF8.GetBytes(ScriptBody), $"X-Hostile: {ScriptHeader}\r\n"), stop),
        FaultMode.Megabytes => WriteAllAsync(stream, Answer("200 OK", "application/json", MegabytesBody()), stop),
        FaultMode.SplitPair => WriteAllAsync(stream, Answer("200 OK", "application/json", Encoding.UTF8.GetBytes(SplitPairBody)), stop),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    private static byte[] Answer(string status, string contentType, string body) => Encoding.ASCII.GetBytes(
        $"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}");

    // Raw bytes: these bodies are what an encoder would refuse to produce.
    private static byte[] Answer(string status, string contentType, byte[] body, string extraHeaders = "") => [
        .. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {body.Length}\r\nConnection: close\r\n\r\n"),
        .. body];

    private static byte[] MegabytesBody()
    {
        var unit = "\0<script>x</script>\u0007]]>\u001b"u8;
        var body = new byte[MegabytesBytes];
        for (var i = 0; i < body.Length; i += unit.Length)
        {
            unit[..Math.Min(unit.Length, body.Length - i)].CopyTo(body.AsSpan(i));
        }

        return body;
    }

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
