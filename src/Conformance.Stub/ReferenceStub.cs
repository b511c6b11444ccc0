using Conformance.Cce.Stub;
using Conformance.Engine.Profiles;
using Conformance.Obshell.Stub;
using Conformance.Stub.ApiLane;
using Conformance.Stub.WireMockPlugins;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Stub;

/// <summary>The baseline implementation: both APIs' stateful stubs on one WireMock.Net server bound to 127.0.0.1.</summary>
/// <remarks>The APIs are answered from WireMock's pipeline ahead of its mapping matcher (<see cref="ApiRoutes"/>); the control routes are a mapping.</remarks>
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
    public string Url => $"http://127.0.0.1:{_server.Port}";

    public int Port => _server.Port;

    /// <summary>Starts the stub; port 0 picks a free one.</summary>
    /// <param name="deviations">Names from <see cref="StubDeviations.All"/>; an unknown one is an <see cref="ArgumentException"/>.</param>
    /// <param name="scale">Removable obshell nodes and CCE node uids times this, so one run can hold that many copies of the suite.</param>
    /// <param name="dagStageDuration">When set, obshell DAGs advance one stage per this much time instead of one step per poll.</param>
    /// <param name="jobDuration">When set, CCE jobs reach Success this long after creation instead of after a number of polls.</param>
    public static ReferenceStub Start(int port = 0, TimeProvider? time = null, IEnumerable<string>? deviations = null, int scale = 1,
        TimeSpan? dagStageDuration = null, TimeSpan? jobDuration = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        if (dagStageDuration <= TimeSpan.Zero || jobDuration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(dagStageDuration <= TimeSpan.Zero ? nameof(dagStageDuration) : nameof(jobDuration), "a duration must be positive");
        }

        time ??= TimeProvider.System;
        // Validated before the port is taken, so a typo never leaves a half-started server behind.
        var deviate = StubDeviations.Validate(deviations);
        var settings = ServerSettings(port);
        var o = StubSecrets.Obshell();
        var extra = Enumerable.Range(1, scale - 1)
            .SelectMany(k => o.Removable.Select((_, i) => new NodeAddress($"10.20.{k}.{i + 2}", ObshellStubFixtures.DefaultPort)));
        var c = StubSecrets.Cce();
        var obshell = new ObshellStub(new ObshellStubOptions
        {
            TimeProvider = time,
            Fixtures = o with { Removable = [.. o.Removable, .. extra] },
            Deviations = deviate,
            DagStageDuration = dagStageDuration,
        });
        var cce = new CceStub(new CceStubOptions
        {
            Time = time,
            Fixtures = c with { NodeUids = Enumerable.Range(1, c.NodeUids.Count * scale).Select(CceFixtures.NodeUid).ToList() },
            Deviations = deviate,
            JobDuration = jobDuration,
        });
        new ApiRoutes([(ObshellStub.ApiPrefix, obshell.Handle), (CceStub.ApiPrefix, cce.Handle)], time).Install(settings);
        var server = WireMockServer.Start(settings);
        var stub = new ReferenceStub(server, obshell, cce);
        ControlRoutes.Register(server, stub);
        return stub;
    }

    /// <summary>The WireMock.Net settings the stub runs with (also the benchmark's WireMock-only control); seeds WireMock's plugin cache.</summary>
    public static WireMockServerSettings ServerSettings(int port)
    {
        PluginCache.Seed();
        return ObshellStub.RequiredSettings(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{port}"],
            StartAdminInterface = false,
            ReadStaticMappings = false,
            AllowBodyForAllHttpMethods = true,
            // WireMock keeps every request in its log by default: a stub serving for days would grow without bound.
            MaxRequestLogCount = 0,

            // The handlers read the raw bytes (signatures and AES need them as sent): WireMock need not parse them too.
            DisableJsonBodyParsing = true,
            DisableRequestBodyDecompressing = true,
            DisableDeserializeFormUrlEncoded = true,
            DoNotSaveDynamicResponseInLogEntry = true,
            SaveUnmatchedRequests = false,
        });
    }

    /// <summary>Restores both clusters and forgets every DAG and job.</summary>
    public void Reset()
    {
        Obshell.Reset();
        Cce.Reset();
    }

    /// <summary>The profile that describes this stub's fixtures, with its base URL.</summary>
    public TargetProfile Profile => StubProfile.Create(Url, Obshell.Fixtures, Cce.Fixtures);

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        Obshell.Dispose();
    }
}
