using System.Net;
using System.Text.Json.Nodes;
using Conformance.Cce.Protocol;
using Conformance.Cce.Stub;
using Conformance.Cce.Tests.Support;

namespace Conformance.Cce.Tests.Stub;

public sealed class StubValidationTests : StubTestBase
{
    private string Uid => F.NodeUids[0];

    private static JsonObject Password(string password, string? username = null)
    {
        var userPassword = new JsonObject { ["password"] = password };
        if (username is not null)
        {
            userPassword["username"] = username;
        }

        return new JsonObject { ["userPassword"] = userPassword };
    }

    private async Task ExpectInvalid(string body, Auth auth = Auth.Token)
    {
        var reply = await RemoveAsync(body, auth);
        reply.Status.Should().Be(HttpStatusCode.BadRequest, reply.Body);
        reply.Code.Should().Be(CceErrorCodes.InvalidRequest);
    }

    [TestCase("application/json")]
    [TestCase("application/json;charset=utf-8")]
    [TestCase("application/json; charset=UTF-8")]
    [TestCase("application/x-pem-file")]
    [TestCase("multipart/form-data; boundary=x")]
    public async Task Listed_content_types_are_accepted(string contentType) =>
        (await RemoveAsync(Body([Uid]), contentType: contentType)).Status.Should().Be(HttpStatusCode.OK);

    [TestCase("text/plain")]
    [TestCase("application/xml")]
    [TestCase("application/json;charset=iso-8859-1")]
    [TestCase(null)]
    public async Task Other_content_types_are_400_cce_01400006(string? contentType)
    {
        var reply = await RemoveAsync(Body([Uid]), contentType: contentType);

        reply.Status.Should().Be(HttpStatusCode.BadRequest);
        reply.Code.Should().Be(CceErrorCodes.UnsupportedContentType);
    }

    [Test]
    public async Task Unknown_project_is_404()
    {
        var reply = await RemoveAsync(Body([Uid]), path: RemovePath(project: F.UnknownProjectId));

        reply.Status.Should().Be(HttpStatusCode.NotFound);
        reply.Code.Should().Be(CceErrorCodes.NotFound);
    }

    [Test]
    public async Task Unknown_cluster_is_404([Values(Auth.Token, Auth.AkSk)] Auth auth)
    {
        var reply = await RemoveAsync(Body([Uid]), auth, path: RemovePath(cluster: F.UnknownClusterId));

        reply.Status.Should().Be(HttpStatusCode.NotFound);
        reply.Code.Should().Be(CceErrorCodes.NotFound);
    }

    [TestCase("{not json")]
    [TestCase("")]
    [TestCase("[]")]
    [TestCase("{\"apiVersion\":\"v2\",\"kind\":\"RemoveNodesTask\",\"spec\":{\"nodes\":[{\"uid\":\"x\"}]}}")]
    [TestCase("{\"apiVersion\":\"v3\",\"kind\":\"AddNodesTask\",\"spec\":{\"nodes\":[{\"uid\":\"x\"}]}}")]
    [TestCase("{\"apiVersion\":3,\"spec\":{\"nodes\":[{\"uid\":\"x\"}]}}")]
    [TestCase("{\"apiVersion\":\"v3\",\"kind\":\"RemoveNodesTask\"}")]
    [TestCase("{\"spec\":{}}")]
    [TestCase("{\"spec\":{\"nodes\":[]}}")]
    [TestCase("{\"spec\":{\"nodes\":{\"uid\":\"x\"}}}")]
    [TestCase("{\"spec\":{\"nodes\":[{}]}}")]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"\"}]}}")]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":7}]}}")]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"x\"}],\"login\":\"root\"}}")]
    [TestCase("{\"spec\":{\"nodes\":[{\"uid\":\"x\"}],\"login\":{\"removeSSHKey\":\"yes\"}}}")]
    public async Task Malformed_bodies_are_400_cce_01400001(string body) => await ExpectInvalid(body);

    [Test]
    public async Task ApiVersion_and_kind_may_be_absent() =>
        (await RemoveAsync(Body([Uid], header: false))).Status.Should().Be(HttpStatusCode.OK);

    [Test]
    public async Task Nodes_without_uid_among_valid_ones_are_400() =>
        await ExpectInvalid("{\"spec\":{\"nodes\":[{\"uid\":\"" + Uid + "\"},{\"name\":\"n\"}]}}");

    [Test]
    public async Task A_uid_listed_twice_is_400() => await ExpectInvalid(Body([Uid, Uid]));

    [Test]
    public async Task One_node_is_accepted([Values(Auth.Token, Auth.AkSk)] Auth auth)
    {
        var reply = await RemoveAsync(Body([Uid]), auth);

        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.At("apiVersion").Should().Be("v3");
        reply.At("kind").Should().Be("RemoveNodesTask");
        reply.At("spec.nodes.0.uid").Should().Be(Uid);
        reply.Json!["status"]!["jobID"]!.GetValueKind().Should().Be(System.Text.Json.JsonValueKind.String);
    }

    [Test]
    public async Task Two_hundred_nodes_are_accepted() =>
        (await RemoveAsync(Body(F.NodeUids.Take(200)))).Status.Should().Be(HttpStatusCode.OK);

    [Test]
    public async Task Two_hundred_and_one_nodes_are_400_before_any_lookup()
    {
        await ExpectInvalid(Body(F.NodeUids.Take(201)));
        // Unknown uids among them must not turn the answer into 404: the limit is request validation.
        await ExpectInvalid(Body(F.NodeUids.Take(200).Append(F.UnknownNodeUid)));
        await ExpectInvalid(Body(Enumerable.Range(0x1000, 201).Select(CceFixtures.NodeUid)));
        Stub.CurrentNodes().Should().HaveCount(F.NodeUids.Count);
    }

    [Test]
    public async Task Remove_user_password_with_user_password_is_400()
    {
        var login = Password(SaltedPassword.Create("Conform@nce1"));
        login["removeUserPassword"] = true;
        await ExpectInvalid(Body([Uid], login));
    }

    [Test]
    public async Task Remove_ssh_key_with_ssh_key_is_400() =>
        await ExpectInvalid(Body([Uid], new JsonObject { ["sshKey"] = "KeyPair-001", ["removeSSHKey"] = true }));

    [Test]
    public async Task Remove_flags_alone_are_accepted() =>
        (await RemoveAsync(Body([Uid], new JsonObject { ["removeUserPassword"] = true, ["removeSSHKey"] = true })))
            .Status.Should().Be(HttpStatusCode.OK);

    [Test]
    public async Task Remove_flags_false_with_both_logins_are_accepted() =>
        (await RemoveAsync(Body([Uid], new JsonObject
        {
            ["sshKey"] = "KeyPair-001",
            ["removeSSHKey"] = false,
            ["removeUserPassword"] = false,
            ["userPassword"] = new JsonObject { ["password"] = SaltedPassword.Create("Conform@nce1") },
        }))).Status.Should().Be(HttpStatusCode.OK);

    [TestCase("Conform@nce1")]
    [TestCase("short")]
    [TestCase("JDYkc2FsdCRoYXNo")]
    public async Task Plaintext_or_malformed_passwords_are_400(string password) =>
        await ExpectInvalid(Body([Uid], Password(password)));

    [Test]
    public async Task Missing_password_is_400() =>
        await ExpectInvalid(Body([Uid], new JsonObject { ["userPassword"] = new JsonObject { ["username"] = "root" } }));

    [Test]
    public async Task Salted_password_is_accepted_and_masked([Values(Auth.Token, Auth.AkSk)] Auth auth)
    {
        var salted = SaltedPassword.Create("Conform@nce1");
        var reply = await RemoveAsync(Body([Uid], Password(salted, "root")), auth);

        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.At("spec.login.userPassword.password").Should().Be("******").And.NotBe(salted);
        reply.At("spec.login.userPassword.username").Should().Be("root");
        reply.Body.Should().NotContain(salted);
    }

    [Test]
    public async Task Ssh_key_login_is_echoed()
    {
        var reply = await RemoveAsync(Body([Uid], new JsonObject { ["sshKey"] = "KeyPair-001" }));

        reply.At("spec.login.sshKey").Should().Be("KeyPair-001");
    }

    [Test]
    public async Task Unknown_node_is_404()
    {
        var reply = await RemoveAsync(Body([Uid, F.UnknownNodeUid]));

        reply.Status.Should().Be(HttpStatusCode.NotFound);
        reply.Code.Should().Be(CceErrorCodes.NotFound);
        Stub.CurrentNodes().Should().Contain(Uid, "a refused request removes nothing");
    }

    [Test]
    public async Task A_node_being_removed_is_429()
    {
        (await RemoveAsync(Body([Uid]))).Status.Should().Be(HttpStatusCode.OK);

        var reply = await RemoveAsync(Body([F.NodeUids[1], Uid]));

        reply.Status.Should().Be((HttpStatusCode)429);
        reply.Code.Should().Be(CceErrorCodes.Locked);
        (await RemoveAsync(Body([F.NodeUids[1]]))).Status.Should().Be(HttpStatusCode.OK, "the refused request locked nothing");
    }

    [Test]
    public async Task Simultaneous_removals_of_one_node_let_exactly_one_through()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RemoveAsync(Body([Uid]))));

        replies.Count(r => r.Status == HttpStatusCode.OK).Should().Be(1);
        replies.Count(r => r.Status == (HttpStatusCode)429).Should().Be(7);
    }

    [Test]
    public async Task Every_response_has_a_fresh_request_id()
    {
        var a = await RemoveAsync(Body([Uid]));
        var b = await RemoveAsync(Body([Uid]));

        a.RequestId.Should().NotBe(b.RequestId);
    }

    [Test]
    public async Task Valid_request_bodies_match_the_request_schema()
    {
        var bodies = new[]
        {
            Body([Uid]),
            Body([Uid], header: false),
            Body(F.NodeUids.Take(200), Password(SaltedPassword.Create("Conform@nce1"), "root")),
            Body([Uid], new JsonObject { ["sshKey"] = "k" }),
        };
        foreach (var body in bodies)
        {
            SchemaFiles.Validate("remove-nodes-task.request.schema.json", body).Should().BeEmpty(body);
        }

        var invalid = new[]
        {
            Body(F.NodeUids.Take(201)),
            Body([]),
            "{\"apiVersion\":\"v2\",\"spec\":{\"nodes\":[{\"uid\":\"x\"}]}}",
            "{\"spec\":{\"nodes\":[{}]}}",
            Body([Uid], new JsonObject { ["sshKey"] = "k", ["removeSSHKey"] = true }),
            Body([Uid], new JsonObject { ["userPassword"] = new JsonObject { ["password"] = "x" }, ["removeUserPassword"] = true }),
        };
        foreach (var body in invalid)
        {
            SchemaFiles.Validate("remove-nodes-task.request.schema.json", body).Should().NotBeEmpty(body);
        }
    }
}
