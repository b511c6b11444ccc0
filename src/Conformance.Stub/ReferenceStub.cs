using Conformance.Engine.Packs;
using Conformance.Engine.Profiles;
using Conformance.Packs;
using Conformance.Stub.ApiLane;
using Conformance.Stub.WireMockPlugins;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Stub;

/// <summary>The baseline implementation: every pack's stateful stub lane on one WireMock.Net server bound to 127.0.0.1.</summary>
/// <remarks>The APIs are answered from WireMock's pipeline ahead of its mapping matcher (<see cref="ApiRoutes"/>); the control routes are a mapping.</remarks>
public sealed class ReferenceStub : IDisposable
{
    private readonly WireMockServer _server;

    private ReferenceStub(WireMockServer server, PackList packs, IReadOnlyList<IStubLane> lanes)
    {
        _server = server;
        Packs = packs;
        Served = [.. packs.Zip(lanes)];
    }

    /// <summary>The packs whose lanes the stub serves.</summary>
    public PackList Packs { get; }

    /// <summary>Each pack with its running lane, in the packs' order.</summary>
    public IReadOnlyList<(IApiPack Pack, IStubLane Lane)> Served { get; }

    /// <summary>The base URL, e.g. http://127.0.0.1:41234.</summary>
    public string Url => $"http://127.0.0.1:{_server.Port}";

    public int Port => _server.Port;

    /// <summary>The lane of type <typeparamref name="T"/>; an <see cref="InvalidOperationException"/> when no pack serves one.</summary>
    public T Lane<T>()
        where T : IStubLane => Served.Select(s => s.Lane).OfType<T>().FirstOrDefault() ?? throw new InvalidOperationException($"no lane of type {typeof(T).Name}; the stub serves {Packs.Alternatives}");

    /// <summary>Starts the stub; port 0 picks a free one.</summary>
    /// <param name="deviations">Names from <see cref="StubDeviations.All"/>; an unknown one is an <see cref="ArgumentException"/>.</param>
    /// <param name="scale">Removable nodes times this, so one run can hold that many copies of the suite.</param>
    /// <param name="paces">Per pack name: its lane moves by this much elapsed time per step (see <see cref="StubPace"/>) instead of by polls.</param>
    /// <param name="packs">The APIs to serve; the shipped ones when null.</param>
    /// <param name="diagnostics">Told one line per refused request, from any lane, saying which check failed (see <see cref="StubLaneOptions.Diagnostics"/>); called concurrently.</param>
    public static ReferenceStub Start(int port = 0, TimeProvider? time = null, IEnumerable<string>? deviations = null, int scale = 1,
        IReadOnlyDictionary<string, TimeSpan>? paces = null, PackList? packs = null, Action<string>? diagnostics = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        packs ??= ApiPacks.All;
        paces ??= new Dictionary<string, TimeSpan>();
        if (paces.FirstOrDefault(p => p.Value <= TimeSpan.Zero) is { Key: { } bad })
        {
            throw new ArgumentOutOfRangeException(nameof(paces), $"the pace of '{bad}': a duration must be positive");
        }

        if (paces.Keys.FirstOrDefault(k => packs.Find(k)?.Stub.Pace is null) is { } unknown)
        {
            throw new ArgumentException($"no pack '{unknown}' with a pace option; the stub serves {packs.Alternatives}", nameof(paces));
        }

        time ??= TimeProvider.System;
        // Validated before the port is taken, so a typo never leaves a half-started server behind.
        var deviate = StubDeviations.Validate(deviations, packs);
        var settings = ServerSettings(port);
        var lanes = packs.Select(p => p.Stub.Start(new StubLaneOptions(time, deviate, scale, paces.TryGetValue(p.Name, out var pace) ? pace : null)
        {
            Diagnostics = diagnostics,
        })).ToList();
        new ApiRoutes([.. lanes.Select(l => (l.ApiPrefix, (Func<WireMock.IRequestMessage, WireMock.IResponseMessage>)l.Handle))], time).Install(settings);
        var server = WireMockServer.Start(settings);
        var stub = new ReferenceStub(server, packs, lanes);
        ControlRoutes.Register(server, stub);
        return stub;
    }

    /// <summary>The WireMock.Net settings the stub runs with (also the benchmark's WireMock-only control); seeds WireMock's plugin cache.</summary>
    public static WireMockServerSettings ServerSettings(int port)
    {
        PluginCache.Seed();
        return new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{port}"],
            StartAdminInterface = false,
            ReadStaticMappings = false,
            // Some clients send a body with DELETE, and the handlers read a GET's signed `{}`.
            AllowBodyForAllHttpMethods = true,
            // WireMock keeps every request in its log by default: a stub serving for days would grow without bound.
            MaxRequestLogCount = 0,

            // The handlers read the raw bytes (signatures and AES need them as sent): WireMock need not parse them too.
            DisableJsonBodyParsing = true,
            DisableRequestBodyDecompressing = true,
            DisableDeserializeFormUrlEncoded = true,
            DoNotSaveDynamicResponseInLogEntry = true,
            SaveUnmatchedRequests = false,
        };
    }

    /// <summary>Restores every lane and forgets every task.</summary>
    public void Reset()
    {
        foreach (var (_, lane) in Served)
        {
            lane.Reset();
        }
    }

    /// <summary>The profile that describes this stub's fixtures, with its base URL.</summary>
    public TargetProfile Profile => Packs.Profiles.Parse(StubProfile.Json(Url, this).ToJsonString(), StubProfile.Source);

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        foreach (var (_, lane) in Served)
        {
            lane.Dispose();
        }
    }
}
