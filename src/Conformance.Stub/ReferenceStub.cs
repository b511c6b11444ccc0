using Conformance.Cce.Stub;
using Conformance.Engine.Profiles;
using Conformance.Obshell.Stub;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Stub;

/// <summary>The baseline implementation: both APIs' stateful stubs on one WireMock.Net server bound to 127.0.0.1.</summary>
public sealed class ReferenceStub : IDisposable
{
    private readonly WireMockServer _server;

    private ReferenceStub(WireMockServer server, ObshellStub obshell, CceStub cce)
    {
        _server = server;
        Obshell = obshell;
        Cce = cce;
    }

    public ObshellStub Obshell { get; }

    public CceStub Cce { get; }

    /// <summary>The base URL, e.g. http://127.0.0.1:41234.</summary>
    public string Url => _server.Url!;

    public int Port => _server.Port;

    /// <summary>Starts the stub; port 0 picks a free one.</summary>
    public static ReferenceStub Start(int port = 0, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var settings = ObshellStub.RequiredSettings(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{port}"],
            StartAdminInterface = false,
            ReadStaticMappings = false,
            AllowBodyForAllHttpMethods = true,
        });
        var obshell = new ObshellStub(new ObshellStubOptions { TimeProvider = time, Fixtures = StubSecrets.Obshell() });
        var cce = new CceStub(new CceStubOptions { Time = time, Fixtures = StubSecrets.Cce() });
        var server = WireMockServer.Start(settings);
        obshell.Register(server);
        cce.Register(server);
        var stub = new ReferenceStub(server, obshell, cce);
        ControlRoutes.Register(server, stub);
        return stub;
    }

    /// <summary>Restores both clusters and forgets every DAG and job.</summary>
    public void Reset()
    {
        Obshell.Reset();
        Cce.Reset();
    }

    /// <summary>The profile that describes this stub's fixtures, with its base URL.</summary>
    public TargetProfile Profile => StubProfile.Create(Url);

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        Obshell.Dispose();
    }
}
