using System.Globalization;
using System.Text;
using Conformance.Engine.Http;
using Conformance.Obshell.Drivers;
using Conformance.Obshell.Protocol;
using Conformance.Testing;

namespace Conformance.Obshell.Tests.Wire;

/// <summary>
/// What is encrypted is what is sent: the harness's obshell requests go to a plain TCP listener, and the captured
/// X-OCS-* header, decrypted with the test key, names the request line actually sent, a ts a minute ahead, and the
/// key and iv that open the body as captured.
/// </summary>
public sealed class EncryptedBytesTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_750_000_000);

    private ObshellKeyPair _pair = null!;
    private ObshellRequestEncryptor _encryptor = null!;

    [OneTimeSetUp]
    public void Keys()
    {
        _pair = ObshellKeyPair.Generate();
        _encryptor = new ObshellRequestEncryptor(_pair.PublicKeyBase64);
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _encryptor.Dispose();
        _pair.Dispose();
    }

    [TestCase("POST", "/api/v1/ob/scale_in", """{"agent_info":{"ip":"10.10.10.4","port":2886}}""", ObshellHeaders.Agent)]
    [TestCase("DELETE", "/api/v1/observer", """{"agent_info":{"ip":"10.10.10.4","port":2886},"force_kill":true}""", ObshellHeaders.Root)]
    [TestCase("GET", "/api/v1/task/dag/11?show_details=false", null, ObshellHeaders.Agent)]
    [TestCase("POST", "/api/v1/task/dag/11", """{"operator":"rollback"}""", ObshellHeaders.Agent)]
    [TestCase("POST", "/api/v1/ob/scale_out", """{"agentInfo":{"ip":"10.10.10.4","port":2886},"zone":"zone1","obConfigs":{}}""", ObshellHeaders.Agent)]
    public async Task The_captured_header_names_the_request_line_sent_and_opens_the_captured_body(string method, string pathAndQuery, string? json, string headerName)
    {
        using var capture = new RawCapture();
        using var http = new TargetHttp(new HttpOptions());
        var factory = new ObshellRequestFactory(_encryptor, "pw ✓ secret", headerName);

        var raw = await capture.CaptureAsync(async url =>
        {
            var prepared = factory.Create(new HttpMethod(method), url.ToString().TrimEnd('/'), pathAndQuery, json, Now, RequestFault.None, null);
            using var message = prepared.ToMessage();
            await http.SendAsync(message, CancellationToken.None);
        });

        raw.Method.Should().Be(method);
        raw.Target.Should().Be(pathAndQuery);
        var header = new ObshellRequestDecryptor(_pair.Rsa).DecryptHeader(raw.Values(headerName).Should().ContainSingle().Subject);
        header.Failure.Should().Be(ProtocolFailure.None);
        header.Value!.Uri.Should().Be(raw.Target, "the header's uri is the request-target on the wire");
        header.Value.Ts.Should().Be(Now.AddSeconds(60).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        header.Value.Auth.Should().Be("pw ✓ secret");
        header.Value.Keys.Should().HaveCount(32, "AES-128 key and iv");
        if (json is null)
        {
            raw.Body.Should().BeEmpty();
        }
        else
        {
            var body = ObshellRequestDecryptor.DecryptBody(Encoding.ASCII.GetString(raw.Body), header.Value);
            Encoding.UTF8.GetString(body.Value!).Should().Be(json);
        }
    }
}
