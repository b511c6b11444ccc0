using System.Net;
using Conformance.Cce.Stub;
using Conformance.Cce.Tests.Support;

namespace Conformance.Cce.Tests.Stub;

public sealed class StubJobTests : StubTestBase
{
    [Test]
    public async Task Job_goes_initializing_running_success_and_the_node_leaves()
    {
        var uid = F.NodeUids[0];
        var jobId = (await RemoveAsync(Body([uid]))).At("status.jobID")!;

        var phases = await PollToSuccessAsync(jobId);

        phases.Should().Equal("Initializing", "Running", "Success");
        Stub.CurrentNodes().Should().NotContain(uid);
        var again = await RemoveAsync(Body([uid]));
        again.Status.Should().Be(HttpStatusCode.NotFound);
        again.Code.Should().Be(CceErrorCodes.NotFound);
        (await ShowJobAsync(jobId)).At("status.phase").Should().Be("Success", "a finished job stays finished");
    }

    [Test]
    public async Task Two_hundred_node_job_succeeds_with_a_sub_job_each([Values(Auth.Token, Auth.AkSk)] Auth auth)
    {
        var uids = F.NodeUids.Skip(100).Take(200).ToList();
        var jobId = (await RemoveAsync(Body(uids), auth)).At("status.jobID")!;

        var first = await ShowJobAsync(jobId, auth);
        first.Json!["spec"]!["subJobs"]!.AsArray().Should().HaveCount(200);
        first.At("spec.clusterUID").Should().Be(F.ClusterId);
        first.At("kind").Should().Be("Job");
        (await PollToSuccessAsync(jobId)).Should().EndWith("Success");
        Stub.CurrentNodes().Should().HaveCount(F.NodeUids.Count - 200).And.NotContain(uids);
    }

    [Test]
    public async Task Timestamps_use_the_go_layout_and_follow_the_clock()
    {
        var jobId = (await RemoveAsync(Body([F.NodeUids[0]]))).At("status.jobID")!;
        var first = await ShowJobAsync(jobId);
        Clock.Advance(TimeSpan.FromSeconds(3));
        var second = await ShowJobAsync(jobId);

        first.At("metadata.creationTimestamp").Should().Be("2025-06-01 12:00:00.1234567 +0000 UTC");
        first.At("metadata.updateTimestamp").Should().Be("2025-06-01 12:00:00.1234567 +0000 UTC");
        second.At("status.phase").Should().Be("Running");
        second.At("metadata.updateTimestamp").Should().Be("2025-06-01 12:00:03.1234567 +0000 UTC");
        second.At("metadata.creationTimestamp").Should().Be(first.At("metadata.creationTimestamp"));
    }

    [Test]
    public async Task Unknown_job_is_404()
    {
        var reply = await ShowJobAsync(F.UnknownJobId);

        reply.Status.Should().Be(HttpStatusCode.NotFound);
        reply.Code.Should().Be(CceErrorCodes.NotFound);
    }

    [Test]
    public async Task Job_under_an_unknown_project_is_404()
    {
        var jobId = (await RemoveAsync(Body([F.NodeUids[0]]))).At("status.jobID")!;

        (await ShowJobAsync(jobId, project: F.UnknownProjectId)).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Reset_restores_the_cluster()
    {
        var jobId = (await RemoveAsync(Body(F.NodeUids.Take(3)))).At("status.jobID")!;
        await PollToSuccessAsync(jobId);

        Stub.Reset();

        Stub.CurrentNodes().Should().HaveCount(F.NodeUids.Count);
        (await ShowJobAsync(jobId)).Status.Should().Be(HttpStatusCode.NotFound);
        (await RemoveAsync(Body(F.NodeUids.Take(3)))).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Slower_jobs_take_more_polls_per_phase()
    {
        var stub = new CceStub(new CceStubOptions { PollsPerPhase = 2 });
        using var server = WireMock.Server.WireMockServer.Start(new WireMock.Settings.WireMockServerSettings
        {
            AllowBodyForAllHttpMethods = true,
            StartAdminInterface = false,
        });
        stub.Register(server);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url!) };
        http.DefaultRequestHeaders.Add("X-Auth-Token", stub.Fixtures.Token);
        var put = await http.PutAsync(RemovePath(), new StringContent(Body([stub.Fixtures.NodeUids[0]]), System.Text.Encoding.UTF8, "application/json"));
        var jobId = System.Text.Json.Nodes.JsonNode.Parse(await put.Content.ReadAsStringAsync())!["status"]!["jobID"]!.ToString();

        var phases = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var job = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync(JobPath(jobId)))!;
            phases.Add(job["status"]!["phase"]!.ToString());
        }

        phases.Should().Equal("Initializing", "Initializing", "Running", "Running", "Success");
    }
}
