using System.Text;
using System.Text.Json.Nodes;
using Conformance.Cce.Stub;
using Conformance.Cce.Tests.Support;
using WireMock.Server;
using WireMock.Settings;

namespace Conformance.Cce.Tests.Stub;

/// <summary>With <see cref="CceStubOptions.JobDuration"/>, a job moves by the stub's clock, never by polls.</summary>
[TestFixture]
public sealed class TimedJobTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromMilliseconds(200);

    private ManualTimeProvider _clock = null!;
    private CceStub _stub = null!;
    private WireMockServer _server = null!;
    private HttpClient _http = null!;

    [TearDown]
    public void Stop()
    {
        _http.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    [Test]
    public async Task A_job_is_initializing_then_running_then_succeeds_after_its_duration_however_often_polled()
    {
        Start();
        var uid = _stub.Fixtures.NodeUids[0];
        var jobId = await RemoveAsync(uid);

        var phases = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            phases.Add(await PhaseAsync(jobId));
        }

        _clock.Advance(Duration / 2);
        phases.Add(await PhaseAsync(jobId));
        phases.Add(await PhaseAsync(jobId));
        _clock.Advance((Duration / 2) - TimeSpan.FromTicks(1));
        phases.Add(await PhaseAsync(jobId));
        _stub.CurrentNodes().Should().Contain(uid);
        _clock.Advance(TimeSpan.FromTicks(1));
        phases.Add(await PhaseAsync(jobId));

        phases.Should().Equal([.. Enumerable.Repeat("Initializing", 5), "Running", "Running", "Running", "Success"]);
        _stub.CurrentNodes().Should().NotContain(uid);
    }

    [Test]
    public async Task A_node_leaves_when_its_job_is_due_even_if_nobody_polls()
    {
        Start();
        var uid = _stub.Fixtures.NodeUids[0];
        await RemoveAsync(uid);

        _clock.Advance(Duration);

        _stub.CurrentNodes().Should().NotContain(uid);
    }

    [Test]
    public async Task The_never_succeeds_deviation_still_fails_the_job()
    {
        Start(CceDeviations.JobNeverSucceeds);
        var uid = _stub.Fixtures.NodeUids[0];
        var jobId = await RemoveAsync(uid);

        _clock.Advance(Duration * 10);

        (await PhaseAsync(jobId)).Should().Be("Failed");
        _stub.CurrentNodes().Should().Contain(uid);
    }

    private void Start(params string[] deviations)
    {
        _clock = new ManualTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        _stub = new CceStub(new CceStubOptions { Time = _clock, JobDuration = Duration, Deviations = new HashSet<string>(deviations) });
        _server = WireMockServer.Start(new WireMockServerSettings { AllowBodyForAllHttpMethods = true, StartAdminInterface = false });
        _stub.Register(_server);
        _http = new HttpClient { BaseAddress = new Uri(_server.Url!) };
        _http.DefaultRequestHeaders.Add("X-Auth-Token", _stub.Fixtures.Token);
    }

    private async Task<string> RemoveAsync(string uid)
    {
        var body = $$$"""{"apiVersion":"v3","kind":"RemoveNodesTask","spec":{"nodes":[{"uid":"{{{uid}}}"}]}}""";
        var path = $"/api/v3/projects/{_stub.Fixtures.ProjectId}/clusters/{_stub.Fixtures.ClusterId}/nodes/operation/remove";
        using var put = await _http.PutAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        return JsonNode.Parse(await put.Content.ReadAsStringAsync())!["status"]!["jobID"]!.ToString();
    }

    private async Task<string> PhaseAsync(string jobId) =>
        JsonNode.Parse(await _http.GetStringAsync($"/api/v3/projects/{_stub.Fixtures.ProjectId}/jobs/{jobId}"))!["status"]!["phase"]!.ToString();
}
