using System.Text.RegularExpressions;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Stub;

public partial class EnvelopeTests : StubTestBase
{
    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex Hex16();

    [Test]
    public async Task Secret_publishes_a_pkcs1_public_key()
    {
        var answer = await Client.GetAsync("/api/v1/secret");
        SchemaCatalog.AssertValid("secret", answer.Body);
        answer.Data["public_key"]!.GetValue<string>().Should().Be(Host.Stub.PublicKeyBase64);
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportRSAPublicKey(Convert.FromBase64String(Host.Stub.PublicKeyBase64), out _);
        rsa.KeySize.Should().Be(1024);
    }

    [Test]
    public async Task An_envelope_goes_out_as_utf8_json_with_its_charset()
    {
        using var answer = await Host.Http.GetAsync("/api/v1/info");
        var bytes = await answer.Content.ReadAsByteArrayAsync();

        answer.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        System.Text.Encoding.UTF8.GetString(bytes).Should().StartWith("{\"successful\":true,\"timestamp\":\"");
        bytes[0].Should().Be((byte)'{', "Go writes no byte-order mark");
    }

    [Test]
    public async Task Info_says_cluster_agent_with_v2()
    {
        var answer = await Client.GetAsync("/api/v1/info");
        SchemaCatalog.AssertValid("info", answer.Body);
        answer.Data["identity"]!.GetValue<string>().Should().Be("CLUSTER AGENT");
        answer.Data["supportedAuth"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("v2");
    }

    [Test]
    public async Task Timestamp_is_go_rfc3339_nano_from_the_time_provider()
    {
        var answer = await Client.GetAsync("/api/v1/info");
        var expected = Time.GetLocalNow();
        DateTimeOffset.Parse(answer.Json!["timestamp"]!.GetValue<string>()).Should().Be(expected);
        answer.Json!["timestamp"]!.GetValue<string>().Should().Contain(".1076999");
    }

    [Test]
    public async Task Trace_id_is_echoed_or_generated()
    {
        var call = new ObshellCall(HttpMethod.Get, "/api/v1/task/dag/1999") { TraceId = "my-trace-42" };
        (await Client.SendAsync(call)).Json!["traceId"]!.GetValue<string>().Should().Be("my-trace-42");
        Hex16().IsMatch((await Client.GetAsync("/api/v1/info")).Json!["traceId"]!.GetValue<string>()).Should().BeTrue();
    }

    [TestCase("/api/v1/nothing")]
    [TestCase("/api/v1/ob/scale_in")]
    public async Task Unknown_route_is_404_common_not_found(string path)
    {
        ShouldFail(await Client.GetAsync(path), 404, "Common.NotFound");
    }
}
