using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Conformance.Engine.Tests.Hostile;

/// <summary>A raw-socket target on 127.0.0.1 that answers every request in one <see cref="FaultMode"/>, for faults an HTTP server library will not make.</summary>
internal sealed class FaultServer : IAsyncDisposable
{
    private const int MaxConnections = 32;
    private static readonly TimeSpan ConnectionLimit = TimeSpan.FromSeconds(30);

    private readonly FaultMode _mode;
    private readonly X509Certificate2? _certificate;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _clients = [];
    private readonly List<Task> _connections = [];
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _accepting;
    private int _requests;

    private FaultServer(FaultMode mode, X509Certificate2? certificate)
    {
        _mode = mode;
        _certificate = certificate;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <param name="tls">When given, every connection is TLS with this certificate.</param>
    public static FaultServer Start(FaultMode mode, X509Certificate2? tls = null) => new(mode, tls);

    public string BaseUrl => $"{(_certificate is null ? "http" : "https")}://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Completes when the first request head has arrived: the moment a fault is in progress.</summary>
    public Task FirstRequest => _firstRequest.Task;

    public int Requests => Volatile.Read(ref _requests);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] pending;
        lock (_connections)
        {
            _clients.ForEach(c => c.Dispose());
            pending = [.. _connections, _accepting];
        }

        // A connection that outlives the stop is a bug in this server; fail the test rather than hang it.
        await Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(10));
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        for (var i = 0; i < MaxConnections; i++)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_connections)
            {
                _clients.Add(client);
                _connections.Add(ServeAsync(client));
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        limit.CancelAfter(ConnectionLimit);
        try
        {
            Stream stream = client.GetStream();
            if (_certificate is not null)
            {
                var tls = new SslStream(stream);
                await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, limit.Token);
                stream = tls;
            }

            if (await RequestHead.SkipAsync(stream, limit.Token))
            {
                Interlocked.Increment(ref _requests);
                _firstRequest.TrySetResult();
                await FaultResponses.WriteAsync(_mode, client, stream, limit.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or AuthenticationException or ObjectDisposedException)
        {
            // The client hanging up, timing out or refusing the certificate is what these faults provoke.
        }
        finally
        {
            client.Dispose();
        }
    }
}
