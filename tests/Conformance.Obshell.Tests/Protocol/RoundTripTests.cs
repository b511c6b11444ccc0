using System.Text;
using Conformance.Obshell.Protocol;

namespace Conformance.Obshell.Tests.Protocol;

public class RoundTripTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_750_000_000);
    private const string Uri = "/api/v1/task/dag/11?show_details=true";

    private ObshellKeyPair _pair = null!;
    private ObshellRequestEncryptor _client = null!;
    private ObshellRequestDecryptor _server = null!;

    [OneTimeSetUp]
    public void Keys()
    {
        _pair = ObshellKeyPair.Generate();
        _client = new ObshellRequestEncryptor(_pair.PublicKeyBase64);
        _server = new ObshellRequestDecryptor(_pair.Rsa);
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _client.Dispose();
        _pair.Dispose();
    }

    [Test]
    public void Client_to_server_round_trip()
    {
        const string body = """{"agent_info":{"ip":"10.10.10.4","port":2886},"force_kill":true}""";
        var request = _client.Encrypt("secret pw ✓", Uri, Now.AddSeconds(60), body);

        var header = _server.VerifyHeader(request.HeaderValue, Uri, Now, "secret pw ✓");
        header.Failure.Should().Be(ProtocolFailure.None);
        var plain = ObshellRequestDecryptor.DecryptBody(request.Body!, header.Value!);
        Encoding.UTF8.GetString(plain.Value!).Should().Be(body);
    }

    [Test]
    public void Random_keys_differ_per_request()
    {
        _client.Encrypt("p", Uri, Now, "{}").Keys.Key.Should().NotEqual(_client.Encrypt("p", Uri, Now, "{}").Keys.Key);
    }

    [Test]
    public void Tampered_header_is_refused()
    {
        var bytes = Convert.FromBase64String(_client.Encrypt("p", Uri, Now.AddSeconds(60), null).HeaderValue);
        bytes[5] ^= 0x40;
        _server.VerifyHeader(Convert.ToBase64String(bytes), Uri, Now, "p").Failure.Should().Be(ProtocolFailure.HeaderDecryptFailed);
    }

    [TestCase("not base64 at all!")]
    [TestCase("")]
    [TestCase("AAAA")]
    public void Garbage_header_is_refused(string value)
    {
        _server.DecryptHeader(value).Failure.Should().Be(ProtocolFailure.HeaderDecryptFailed);
    }

    [Test]
    public void Tampered_body_is_refused()
    {
        var request = _client.Encrypt("p", Uri, Now.AddSeconds(60), """{"agent_info":{"ip":"10.10.10.4","port":2886}}""");
        var header = _server.DecryptHeader(request.HeaderValue).Value!;
        var cipher = Convert.FromBase64String(request.Body!);
        // Flipping the penultimate block's last byte flips the padding byte: deterministic padding failure.
        cipher[^17] ^= 0xFF;
        ObshellRequestDecryptor.DecryptBody(Convert.ToBase64String(cipher), header).Failure.Should().Be(ProtocolFailure.BodyDecryptFailed);
        ObshellRequestDecryptor.DecryptBody(request.Body![..^8], header).Failure.Should().Be(ProtocolFailure.BodyContentLengthInvalid);
        ObshellRequestDecryptor.DecryptBody("%%%", header).Failure.Should().Be(ProtocolFailure.BodyContentLengthInvalid);
    }

    [Test]
    public void Uri_mismatch_is_refused_before_expiry()
    {
        var value = _client.Encrypt("p", "/api/v1/ob/scale_in", Now.AddSeconds(-5), null).HeaderValue;
        _server.VerifyHeader(value, "/api/v1/observer", Now, "p").Failure.Should().Be(ProtocolFailure.UriMismatch);
    }

    [Test]
    public void Expiry_is_inclusive()
    {
        _server.VerifyHeader(_client.Encrypt("p", Uri, Now, null).HeaderValue, Uri, Now, "p").Failure.Should().Be(ProtocolFailure.None);
        _server.VerifyHeader(_client.Encrypt("p", Uri, Now.AddSeconds(-1), null).HeaderValue, Uri, Now, "p").Failure.Should().Be(ProtocolFailure.Expired);
    }

    [Test]
    public void Wrong_password_is_refused_after_expiry_check()
    {
        _server.VerifyHeader(_client.Encrypt("bad", Uri, Now.AddSeconds(60), null).HeaderValue, Uri, Now, "p").Failure.Should().Be(ProtocolFailure.IncorrectPassword);
        _server.VerifyHeader(_client.Encrypt("bad", Uri, Now.AddSeconds(-60), null).HeaderValue, Uri, Now, "p").Failure.Should().Be(ProtocolFailure.Expired);
    }

    [TestCase("\"soon\"", ProtocolFailure.TimestampInvalid)]
    [TestCase("\"1.5e9\"", ProtocolFailure.TimestampInvalid)]
    [TestCase("\"\"", ProtocolFailure.TimestampInvalid)]
    [TestCase("1750000060", ProtocolFailure.HeaderDecryptFailed)]
    [TestCase("\"1750000060\"", ProtocolFailure.None)]
    public void Ts_must_be_an_integer_string(string tsJson, ProtocolFailure expected)
    {
        var json = $$"""{"auth":"p","ts":{{tsJson}},"uri":"{{Uri}}","keys":"{{AesKeyMaterial.CreateRandom().ToBase64()}}"}""";
        _server.VerifyHeader(_client.EncryptHeaderJson(json), Uri, Now, "p").Failure.Should().Be(expected);
    }

    [Test]
    public void Short_key_and_iv_is_refused()
    {
        var json = $$"""{"auth":"p","ts":"1750000060","uri":"{{Uri}}","keys":"{{Convert.ToBase64String(new byte[31])}}"}""";
        var header = _server.VerifyHeader(_client.EncryptHeaderJson(json), Uri, Now, "p");
        header.Failure.Should().Be(ProtocolFailure.None, "the header itself is fine");
        ObshellRequestDecryptor.DecryptBody("AAAAAAAAAAAAAAAAAAAAAA==", header.Value!).Failure.Should().Be(ProtocolFailure.KeyAndIvInvalid);
    }
}
