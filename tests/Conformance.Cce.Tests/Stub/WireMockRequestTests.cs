using Conformance.Cce.Stub;

namespace Conformance.Cce.Tests.Stub;

/// <summary>The still-escaped path cut from WireMock's request URL, which the path segments are decoded from.</summary>
public sealed class WireMockRequestTests
{
    [TestCase("http://127.0.0.1:8080/api/v3/projects/p/jobs/a%2Fb", "/api/v3/projects/p/jobs/a%2Fb")]
    [TestCase("http://127.0.0.1:8080/api/v3/x?y=%2F&z=1", "/api/v3/x")]
    [TestCase("http://127.0.0.1:8080/api/v3/x#fragment", "/api/v3/x")]
    [TestCase("http://127.0.0.1:8080", "/")]
    [TestCase("https://[::1]:443/a/b/", "/a/b/")]
    public void Raw_path_keeps_escapes_and_drops_query_and_fragment(string url, string expected) =>
        WireMockRequest.RawPath(url).Should().Be(expected);
}
