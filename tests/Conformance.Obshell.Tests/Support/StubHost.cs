using Conformance.Obshell.Stub;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Obshell.Tests.Support;

/// <summary>A WireMock server on 127.0.0.1 with a free port, carrying one <see cref="ObshellStub"/>.</summary>
public sealed class StubHost : IDisposable
{
    public StubHost(ObshellStubOptions options)
    {
        Stub = new ObshellStub(options);
        Server = WireMockServer.Start(ObshellStub.RequiredSettings(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] }));
        Stub.Register(Server);
        Http = new HttpClient { BaseAddress = new Uri(Server.Url!) };
    }

    public ObshellStub Stub { get; }
    public WireMockServer Server { get; }
    public HttpClient Http { get; }

    public ObshellTestClient Client(TimeProvider time, string? password = null) =>
        new(Http, time, password ?? Stub.Fixtures.RootPassword);

    public void Dispose()
    {
        Http.Dispose();
        Server.Stop();
        Server.Dispose();
        Stub.Dispose();
    }
}
