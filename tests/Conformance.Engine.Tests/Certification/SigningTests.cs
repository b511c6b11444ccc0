using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Engine.Certification;
using FluentAssertions;

namespace Conformance.Engine.Tests.Certification;

public sealed class SigningTests
{
    private static string Signed(ECDsa key) => CertificateSigner.Sign(CertificateJson.Serialize(Certificates.With("OBS-001:MUST:passed")), key);

    [Test]
    public void Canonical_json_sorts_keys_ordinally_at_every_level_without_whitespace()
    {
        var node = JsonNode.Parse("""{ "b": [ {"z": 1, "a": 1.50} ], "B": "é\n", "a": null }""");

        Encoding.UTF8.GetString(CanonicalJson.Bytes(node)).Should().Be("""{"B":"é\n","a":null,"b":[{"a":1.50,"z":1}]}""");
    }

    [Test]
    public void A_signed_certificate_verifies_with_its_embedded_key_and_with_the_given_one()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var json = Signed(key);

        var signature = JsonNode.Parse(json)!["signature"]!;
        signature["algorithm"]!.GetValue<string>().Should().Be("ES256");
        Convert.FromBase64String(signature["value"]!.GetValue<string>()).Should().HaveCount(64, "IEEE-P1363 r||s");
        CertificateVerifier.Verify(json, null, "sha").Message.Should().Contain("integrity, not origin");
        CertificateVerifier.Verify(json, key, "sha").Valid.Should().BeTrue();
        CertificateSigner.Sign(json, key).Should().Contain("\"signature\"").And.Subject.Split("\"signature\"").Should().HaveCount(2, "re-signing replaces the signature");
    }

    [Test]
    public void The_signature_is_over_the_json_value_so_reformatting_keeps_it_valid()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var compact = JsonNode.Parse(Signed(key))!.ToJsonString();

        CertificateVerifier.Verify(compact, key, null).Valid.Should().BeTrue();
    }

    [TestCase("\"status\": \"passed\"", "\"status\": \"failed\"", "signature mismatch")]
    [TestCase("\"verdict\": \"conformant\"", "\"verdict\": \"conformant\", \"verdict\": \"conformant\"", "not a certificate: JSON error at line")]
    [TestCase("\"sha256\": \"sha\"", "\"sha256\": \"shb\"", "signature mismatch")]
    [TestCase("\"algorithm\": \"ES256\"", "\"algorithm\": \"RS256\"", "unsupported signature algorithm")]
    [TestCase("\"harness\": {", "\"harness\": {{", "not a certificate: JSON error at line 2")]
    public void A_changed_byte_fails_saying_what(string from, string to, string expected)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var json = Signed(key);
        json.Should().Contain(from);

        var result = CertificateVerifier.Verify(json.Replace(from, to), null, null);

        result.Valid.Should().BeFalse();
        result.Message.Should().StartWith(expected);
        result.Message.Should().NotContain("\n");
    }

    [Test]
    public void Another_key_an_unsigned_certificate_and_another_suite_each_fail()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var json = Signed(key);

        CertificateVerifier.Verify(json, other, null).Message.Should().StartWith("signed by another key");
        CertificateVerifier.Verify(CertificateJson.Serialize(Certificates.With()), null, null).Message.Should().StartWith("not signed");
        CertificateVerifier.Verify(json, key, "abc").Message.Should().Be("suite hash differs: certificate sha, suite abc");
    }

    [Test]
    public void Keys_load_from_pkcs8_and_sec1_pem_and_other_curves_are_refused()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var dir = Directory.CreateTempSubdirectory("conformance-keys-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "p8.pem"), key.ExportPkcs8PrivateKeyPem());
            File.WriteAllText(Path.Combine(dir, "sec1.pem"), key.ExportECPrivateKeyPem());
            File.WriteAllText(Path.Combine(dir, "pub.pem"), key.ExportSubjectPublicKeyInfoPem());
            File.WriteAllText(Path.Combine(dir, "p384.pem"), p384.ExportPkcs8PrivateKeyPem());

            using var fromP8 = SigningKeys.LoadPrivate(Path.Combine(dir, "p8.pem"));
            using var fromSec1 = SigningKeys.LoadPrivate(Path.Combine(dir, "sec1.pem"));
            using var pub = SigningKeys.LoadPublic(Path.Combine(dir, "pub.pem"));
            CertificateVerifier.Verify(Signed(fromSec1), pub, null).Valid.Should().BeTrue();
            CertificateVerifier.Verify(Signed(fromP8), pub, null).Valid.Should().BeTrue();
            FluentActions.Invoking(() => SigningKeys.LoadPrivate(Path.Combine(dir, "pub.pem"))).Should().Throw<ConfigurationException>();
            FluentActions.Invoking(() => SigningKeys.LoadPrivate(Path.Combine(dir, "p384.pem"))).Should().Throw<ConfigurationException>().WithMessage("*P-256*");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
