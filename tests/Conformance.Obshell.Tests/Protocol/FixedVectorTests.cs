using System.Text;
using System.Text.Json;
using Conformance.Obshell.Protocol;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Protocol;

/// <summary>Vectors produced by openssl on the build machine, not by the code under test.</summary>
public class FixedVectorTests
{
    private const string Body = """{"agent_info":{"ip":"10.10.10.4","port":2886},"force_kill":false}""";

    // printf '%s' "$Body" | openssl enc -aes-128-cbc -K 000102030405060708090a0b0c0d0e0f -iv 101112131415161718191a1b1c1d1e1f | base64 -w0
    private const string OpensslBody = "XCYz8oJ3QYZBnGJnnku9oT8yVjR8/RsKr3Pn7uGSFC9KBXAN3Ewd049Tc1zIqYVm22PWXQkuu1Fd7u1LeeNBtBNARivWhzbQjb5up4BFmEQ=";

    internal static AesKeyMaterial FixedKeys => new(
        Convert.FromHexString("000102030405060708090a0b0c0d0e0f"),
        Convert.FromHexString("101112131415161718191a1b1c1d1e1f"));

    [Test]
    public void Aes_body_matches_openssl()
    {
        AesBodyCipher.Encrypt(Encoding.UTF8.GetBytes(Body), FixedKeys).Should().Be(OpensslBody);
    }

    [Test]
    public void Aes_body_from_openssl_decrypts()
    {
        var plain = AesBodyCipher.Decrypt(OpensslBody, FixedKeys);
        plain.IsSuccess.Should().BeTrue();
        Encoding.UTF8.GetString(plain.Value!).Should().Be(Body);
    }

    [Test]
    public void Header_encrypted_by_openssl_pkeyutl_decrypts()
    {
        // Made by splitting openssl-header.plain.json into 53-byte chunks and running
        // `openssl pkeyutl -encrypt -pubin -inkey test-rsa-1024.pub.pem -pkeyopt rsa_padding_mode:pkcs1` on each.
        using var pair = ObshellKeyPair.FromPem(File.ReadAllText(RepoPaths.Resource("test-rsa-1024.pem")));
        var header = new ObshellRequestDecryptor(pair.Rsa).DecryptHeader(File.ReadAllText(RepoPaths.Resource("openssl-header.b64")));

        header.IsSuccess.Should().BeTrue();
        header.Value!.Auth.Should().Be("root-Passw0rd");
        header.Value.Ts.Should().Be("1700000060");
        header.Value.Uri.Should().Be("/api/v1/ob/scale_in");
        header.Value.Keys.Should().Equal(FixedKeys.Concatenated());
    }

    [Test]
    public void Openssl_header_verifies_until_its_expiry_and_not_after()
    {
        using var pair = ObshellKeyPair.FromPem(File.ReadAllText(RepoPaths.Resource("test-rsa-1024.pem")));
        var decryptor = new ObshellRequestDecryptor(pair.Rsa);
        var value = File.ReadAllText(RepoPaths.Resource("openssl-header.b64"));

        decryptor.VerifyHeader(value, "/api/v1/ob/scale_in", DateTimeOffset.FromUnixTimeSeconds(1700000060), "root-Passw0rd")
            .Failure.Should().Be(ProtocolFailure.None);
        decryptor.VerifyHeader(value, "/api/v1/ob/scale_in", DateTimeOffset.FromUnixTimeSeconds(1700000061), "root-Passw0rd")
            .Failure.Should().Be(ProtocolFailure.Expired);
    }

    [Test]
    public void Client_header_plaintext_has_the_sdk_shape()
    {
        using var pair = ObshellKeyPair.FromPem(File.ReadAllText(RepoPaths.Resource("test-rsa-1024.pem")));
        using var encryptor = new ObshellRequestEncryptor(pair.PublicKeyBase64);
        var request = encryptor.Encrypt("pw", "/api/v1/ob/scale_in", DateTimeOffset.FromUnixTimeSeconds(1700000060), Body, FixedKeys);

        var cipher = Convert.FromBase64String(request.HeaderValue);
        var plain = RsaChunkCipher.TryDecrypt(pair.Rsa, cipher)!;
        cipher.Length.Should().Be((plain.Length + 52) / 53 * 128, "each 53-byte chunk becomes one 128-byte block");
        using var doc = JsonDocument.Parse(plain);
        doc.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("auth", "ts", "uri", "keys");
        doc.RootElement.GetProperty("ts").ValueKind.Should().Be(JsonValueKind.String);
        doc.RootElement.GetProperty("ts").GetString().Should().Be("1700000060");
        doc.RootElement.GetProperty("keys").GetString().Should().Be("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        request.Body.Should().Be(OpensslBody);
    }
}
