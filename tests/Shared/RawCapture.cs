using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Conformance.Testing;

/// <summary>One HTTP request exactly as its bytes arrived: the request line, each header line as sent, the body.</summary>
internal sealed record RawRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, string Head)
{
    public string Path => Target.Split('?')[0];

    public string Query => Target.Contains('?', StringComparison.Ordinal) ? Target[(Target.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;

    public IReadOnlyList<string> Values(string name) =>
        [.. Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)];
}

/// <summary>
/// A plain TCP listener on 127.0.0.1 (not Kestrel, not the stub): it reads one request per connection byte by byte,
/// answers <c>200 {}</c>, and hands back what was on the wire, so a test sees what a client really sent.
/// </summary>
internal sealed class RawCapture : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public RawCapture() => _listener.Start();

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Runs <paramref name="send"/> and returns the request it put on the wire.</summary>
    public async Task<RawRequest> CaptureAsync(Func<Uri, Task> send)
    {
        var accepted = AcceptOneAsync();
        await send(Url);
        return await accepted.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose() => _listener.Stop();

    private async Task<RawRequest> AcceptOneAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 4 || !(buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n'))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                throw new IOException("the client closed the connection before the end of the headers");
            }

            buffer.Add(one[0]);
        }

        var head = Encoding.Latin1.GetString(buffer.ToArray());
        var lines = head.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l =>
        {
            var colon = l.IndexOf(':', StringComparison.Ordinal);
            return new KeyValuePair<string, string>(l[..colon], l[(colon + 1)..].Trim(' ', '\t'));
        }).ToList();
        var length = headers.Where(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h => int.Parse(h.Value)).FirstOrDefault();
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await stream.ReadAsync(body.AsMemory(read));
            if (n == 0)
            {
                throw new IOException("the client closed the connection before the end of the body");
            }

            read += n;
        }

        var answer = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        await stream.WriteAsync(answer);
        return new RawRequest(requestLine[0], requestLine[1], headers, body, head);
    }
}
