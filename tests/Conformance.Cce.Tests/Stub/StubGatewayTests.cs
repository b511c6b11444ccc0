using System.Net;
using System.Text;
using Conformance.Cce.Protocol;
using Conformance.Cce.Stub;
using Conformance.Cce.Tests.Support;

namespace Conformance.Cce.Tests.Stub;

public sealed class StubGatewayTests : StubTestBase
{
    private string OneNode => Body([F.NodeUids[0]]);

    [Test]
    public async Task Token_is_accepted() =>
        (await RemoveAsync(OneNode, Auth.Token)).Status.Should().Be(HttpStatusCode.OK);

    [Test]
    public async Task Signature_is_accepted() =>
        (await RemoveAsync(OneNode, Auth.AkSk)).Status.Should().Be(HttpStatusCode.OK);

    [Test]
    public async Task Signature_with_the_exact_charset_content_type_is_accepted() =>
        (await RemoveAsync(OneNode, Auth.AkSk, "application/json;charset=utf-8")).Status.Should().Be(HttpStatusCode.OK);

    [Test]
    public async Task No_credentials_is_401_even_with_a_bad_body_and_unknown_cluster()
    {
        var reply = await RemoveAsync("{not json", Auth.None, "text/plain", RemovePath(cluster: F.UnknownClusterId));

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        reply.Code.Should().Be(CceErrorCodes.GatewayAuthFailed);
        reply.At("error_msg").Should().Contain("x-auth-token not found");
    }

    [Test]
    public async Task Wrong_token_is_401()
    {
        var reply = await SendAsync(HttpMethod.Put, RemovePath(), OneNode, Auth.None, "application/json",
            r => r.Headers.Add("X-Auth-Token", "MIIwrong"));

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        reply.Code.Should().Be(CceErrorCodes.GatewayAuthFailed);
    }

    [Test]
    public async Task Body_changed_after_signing_is_401()
    {
        var other = Body([F.NodeUids[1]]);
        var reply = await SendAsync(HttpMethod.Put, RemovePath(), OneNode, Auth.AkSk, "application/json", r =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(other));
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            r.Content = content;
        });

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        reply.Code.Should().Be(CceErrorCodes.GatewayAuthFailed);
    }

    [Test]
    public async Task Signed_header_changed_after_signing_is_401()
    {
        var reply = await SendAsync(HttpMethod.Put, RemovePath(), OneNode, Auth.AkSk, "application/json", r =>
        {
            r.Headers.Remove("X-Project-Id");
            r.Headers.Add("X-Project-Id", F.UnknownProjectId);
        });

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Unknown_access_key_is_401()
    {
        var reply = await SendAsync(HttpMethod.Put, RemovePath(), OneNode, Auth.AkSk, "application/json",
            signer: new AkSkSigner(F.Credentials with { AccessKey = "UNKNOWNAK" }, Clock));

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        reply.Code.Should().Be(CceErrorCodes.GatewayAuthFailed);
    }

    [TestCase(16, HttpStatusCode.Unauthorized)]
    [TestCase(-16, HttpStatusCode.Unauthorized)]
    [TestCase(14, HttpStatusCode.OK)]
    public async Task X_sdk_date_more_than_15_minutes_off_is_401_apigw_0303(int minutes, HttpStatusCode expected)
    {
        var skewed = new ManualTimeProvider(Start.AddMinutes(minutes));
        var reply = await SendAsync(HttpMethod.Put, RemovePath(), OneNode, Auth.AkSk, "application/json",
            signer: new AkSkSigner(F.Credentials, skewed));

        reply.Status.Should().Be(expected);
        if (expected == HttpStatusCode.Unauthorized)
        {
            reply.Code.Should().Be(CceErrorCodes.GatewayRequestExpired);
        }
    }

    [Test]
    public async Task Show_job_signed_over_a_get_body_like_the_node_sdk()
    {
        var jobId = (await RemoveAsync(OneNode, Auth.AkSk)).At("status.jobID")!;

        var reply = await SendAsync(HttpMethod.Get, JobPath(jobId), "{}", Auth.AkSk, "application/json");

        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.At("metadata.uid").Should().Be(jobId);
    }

    [Test]
    public async Task Show_job_with_a_get_body_changed_after_signing_is_401()
    {
        var jobId = (await RemoveAsync(OneNode)).At("status.jobID")!;

        var reply = await SendAsync(HttpMethod.Get, JobPath(jobId), "{}", Auth.AkSk, "application/json",
            r => r.Content = new StringContent("{ }", Encoding.UTF8, "application/json"));

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Show_job_without_credentials_is_401()
    {
        var jobId = (await RemoveAsync(OneNode)).At("status.jobID")!;

        (await ShowJobAsync(jobId, Auth.None)).Status.Should().Be(HttpStatusCode.Unauthorized);
    }
}
