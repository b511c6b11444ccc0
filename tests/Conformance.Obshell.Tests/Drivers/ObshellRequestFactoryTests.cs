using System.Globalization;
using System.Text;
using Conformance.Obshell.Drivers;
using Conformance.Obshell.Protocol;

namespace Conformance.Obshell.Tests.Drivers;

public class ObshellRequestFactoryTests
{
    private static readonly DateTimeOffset Now = new(2024, 12, 23, 11, 38, 38, TimeSpan.Zero);

    [Test]
    public void A_well_formed_request_decrypts_to_the_plaintext_with_the_profile_password()
    {
        using var keys = ObshellKeyPair.Generate();
        var prepared = Create(keys, RequestFault.None, """{"a":1}""");
        var header = Verify(keys, prepared);
        header.IsSuccess.Should().BeTrue();
        header.Value!.Ts.Should().Be((Now + ObshellRequestFactory.Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        Encoding.UTF8.GetString(ObshellRequestDecryptor.DecryptBody(prepared.Body!, header.Value).Value!).Should().Be("""{"a":1}""");
        prepared.DisplayBody.Should().Be("""{"a":1}""");
    }

    [TestCase(RequestFault.UndecryptableHeader, ProtocolFailure.HeaderDecryptFailed)]
    [TestCase(RequestFault.UriMismatch, ProtocolFailure.UriMismatch)]
    [TestCase(RequestFault.ExpiredTs, ProtocolFailure.Expired)]
    [TestCase(RequestFault.WrongPassword, ProtocolFailure.IncorrectPassword)]
    [TestCase(RequestFault.NonIntegerTs, ProtocolFailure.TimestampInvalid)]
    public void Each_fault_breaks_exactly_its_own_check(RequestFault fault, ProtocolFailure expected)
    {
        using var keys = ObshellKeyPair.Generate();
        Verify(keys, Create(keys, fault, null)).Failure.Should().Be(expected);
    }

    [Test]
    public void A_short_key_and_iv_passes_the_header_checks_and_fails_the_body()
    {
        using var keys = ObshellKeyPair.Generate();
        var prepared = Create(keys, RequestFault.ShortKeyAndIv, "{}");
        var header = Verify(keys, prepared);
        header.IsSuccess.Should().BeTrue();
        ObshellRequestDecryptor.DecryptBody(prepared.Body!, header.Value!).Failure.Should().Be(ProtocolFailure.KeyAndIvInvalid);
    }

    [Test]
    public void No_auth_header_sends_no_credential_header_but_keeps_the_trace_id()
    {
        using var keys = ObshellKeyPair.Generate();
        var prepared = Create(keys, RequestFault.NoAuthHeader, null, traceId: "t1");
        prepared.Headers.Select(h => h.Key).Should().Equal(ObshellHeaders.TraceId);
    }

    private static PreparedRequest Create(ObshellKeyPair keys, RequestFault fault, string? json, string? traceId = null)
    {
        var encryptor = new ObshellRequestEncryptor(keys.PublicKeyBase64);
        return new ObshellRequestFactory(encryptor, "secret-pw", ObshellHeaders.Agent)
            .Create(HttpMethod.Post, "http://127.0.0.1:1/", "/api/v1/ob/scale_in", json, Now, fault, traceId);
    }

    private static ProtocolResult<DecryptedHeader> Verify(ObshellKeyPair keys, PreparedRequest prepared) =>
        new ObshellRequestDecryptor(keys.Rsa).VerifyHeader(
            prepared.Headers.Single(h => h.Key == ObshellHeaders.Agent).Value, "/api/v1/ob/scale_in", Now, "secret-pw");
}
