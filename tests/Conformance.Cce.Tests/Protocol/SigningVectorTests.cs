using System.Text;
using Conformance.Cce.Protocol;

namespace Conformance.Cce.Tests.Protocol;

public sealed class SigningVectorTests
{
    private static readonly AkSkCredentials Vector = new("AccessKey", "SecretKey");
    private static readonly TimeProvider Unused = new Support.ManualTimeProvider(DateTimeOffset.UnixEpoch);

    private static SignableRequest Request(string method, string url, string body) =>
        SignableRequest.FromUri(method, new Uri("https://example.com" + url),
            [new("X-Sdk-Date", "20060102T150405Z")], Encoding.UTF8.GetBytes(body));

    [Test]
    public void Get_vector_matches_the_go_sdk()
    {
        var result = new AkSkSigner(Vector, Unused).Sign(Request("GET", "/path?limit=1", string.Empty));

        result.Authorization.Signature.Should().Be("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
        result.CanonicalRequest.Should().Be(
            "GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n"
            + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    [Test]
    public void Post_vector_matches_the_go_sdk()
    {
        var result = new AkSkSigner(Vector, Unused).Sign(Request("POST", "/path?key=value", "{\"Name\":\"test\",\"Id\":1}\n"));

        result.Authorization.Signature.Should().Be("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");
        result.Authorization.ToString().Should().Be(
            "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");
        result.Request.Header("Authorization").Should().Be(result.Authorization.ToString());
    }

    [Test]
    public void Signer_adds_x_sdk_date_from_its_clock()
    {
        var clock = new Support.ManualTimeProvider(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(8)));
        var result = new AkSkSigner(Vector, clock).Sign(
            SignableRequest.FromUri("GET", new Uri("http://h/a"), [new("Content-Type", "application/json")]));

        result.SdkDate.Should().Be("20250303T210607Z");
        result.Request.Header("x-sdk-date").Should().Be("20250303T210607Z");
        result.Authorization.SignedHeaders.Should().Equal("content-type", "x-sdk-date");
    }

    [TestCase("/a b/c", "/a%20b/c/")]
    [TestCase("/api/v3/", "/api/v3/")]
    [TestCase("/x%2Fy/é", "/x%2Fy/%C3%A9/")]
    [TestCase("/keep-_.~", "/keep-_.~/")]
    [TestCase("/api/v3/projects/p1/jobs/j-1", "/api/v3/projects/p1/jobs/j-1/")]
    [TestCase("", "/")]
    [TestCase("/sub*delims!", "/sub%2Adelims%21/")]
    public void Canonical_uri_encodes_segments_and_ends_with_slash(string path, string expected) =>
        SigningEncoding.CanonicalUri(path).Should().Be(expected);

    [Test]
    public void Canonical_query_sorts_keys_then_values() =>
        SigningEncoding.CanonicalQuery("b=2&a=z&a=y&c").Should().Be("a=y&a=z&b=2&c=");

    [Test]
    public void A_repeated_header_signs_one_line_per_value_trimmed_then_sorted()
    {
        // Sorted after trimming: " b" sorts before "a " untrimmed, after it trimmed, as the Go SDK signs it.
        var request = SignableRequest.FromUri("GET", new Uri("http://h/a"), [new("X-A", " b"), new("x-a", "a "), new("X-Sdk-Date", "20060102T150405Z")]);

        SdkSignature.CanonicalRequest(request, ["x-a", "x-sdk-date"]).Should().Contain("\nx-a:a\nx-a:b\nx-sdk-date:20060102T150405Z\n\nx-a;x-sdk-date\n");
    }

    [Test]
    public void Unsigned_payload_replaces_the_body_hash()
    {
        var request = SignableRequest.FromUri("PUT", new Uri("http://h/a"),
            [new("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD")], [1, 2, 3]);

        SdkSignature.CanonicalRequest(request, ["x-sdk-content-sha256"]).Should().EndWith("\nUNSIGNED-PAYLOAD");
    }

    [Test]
    public void Authorization_header_round_trips()
    {
        SdkAuthorization.TryParse("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=abc", out var parsed)
            .Should().BeTrue();
        parsed!.AccessKey.Should().Be("AK");
        parsed.SignedHeaders.Should().Equal("host", "x-sdk-date");
        parsed.Signature.Should().Be("abc");
        SdkAuthorization.TryParse("Bearer x", out _).Should().BeFalse();
        SdkAuthorization.TryParse("SDK-HMAC-SHA256 Access=AK, Signature=abc", out _).Should().BeFalse();
    }

    [TestCase("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=old, Signature=new", "AK", "new")]
    [TestCase("SDK-HMAC-SHA256  Access = AK ,Other=x,SignedHeaders=host,Signature=s ", "AK", "s")]
    public void Authorization_takes_the_last_of_a_repeated_field_and_ignores_unknown_ones(string header, string access, string signature)
    {
        SdkAuthorization.TryParse(header, out var parsed).Should().BeTrue();
        parsed!.AccessKey.Should().Be(access);
        parsed.Signature.Should().Be(signature);
    }

    [TestCase("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=")]
    [TestCase("SDK-HMAC-SHA256 Access=AK, SignedHeaders, Signature=s")]
    [TestCase("SDK-HMAC-SHA256")]
    public void Authorization_refuses_an_empty_or_unnamed_field(string header) =>
        SdkAuthorization.TryParse(header, out _).Should().BeFalse();

    [Test]
    public void Signatures_match_the_one_shot_hmac_whatever_key_the_thread_used_before()
    {
        // The HMAC is kept per thread for the last key: a key change must never sign with the previous one.
        foreach (var key in new[] { "SecretKey", "OtherKey", "SecretKey", string.Empty, new string('k', 300) })
        {
            var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes("text")));
            SdkSignature.Sign(key, "text").Should().Be(expected);
            SdkSignature.SignatureMatches(key, "text", expected).Should().BeTrue();
        }
    }

    [Test]
    public void Signature_match_refuses_another_case_length_or_key()
    {
        var signature = SdkSignature.Sign("SecretKey", "text");

        SdkSignature.SignatureMatches("SecretKey", "text", signature.ToUpperInvariant()).Should().BeFalse();
        SdkSignature.SignatureMatches("SecretKey", "text", signature[..^1]).Should().BeFalse();
        SdkSignature.SignatureMatches("SecretKey", "text", signature + "0").Should().BeFalse();
        SdkSignature.SignatureMatches("OtherKey", "text", signature).Should().BeFalse();
    }

    [Test]
    public void A_long_canonical_request_hashes_as_a_short_one_does()
    {
        // Past 1 KB the UTF-8 goes through a pooled array instead of the stack.
        var text = string.Concat(Enumerable.Repeat("é/ä\n", 600));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        SdkSignature.StringToSign(text, "20060102T150405Z").Should().Be($"SDK-HMAC-SHA256\n20060102T150405Z\n{expected}");
        SdkSignature.Sign("k", text).Should().Be(Convert.ToHexStringLower(
            System.Security.Cryptography.HMACSHA256.HashData("k"u8.ToArray(), Encoding.UTF8.GetBytes(text))));
    }
}
