using System.Text;
using Conformance.Obshell.Protocol;
using Conformance.Obshell.Stub;
using Conformance.Obshell.Tests.Support;
using CsCheck;

namespace Conformance.Obshell.Tests.Fuzz;

/// <summary>Property-based fuzzing: whatever arrives, the stub answers in the documented envelope with a documented status.</summary>
[TestFixture]
[Category("fuzz")]
public sealed class StubFuzzTests
{
    /// <summary>Bounded so each property runs in a few seconds on two cores.</summary>
    private const long Iterations = 300;

    private StubHost _host = null!;
    private FuzzSender _sender = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = new StubHost(new ObshellStubOptions());
        var secret = await _host.Http.GetStringAsync("/api/v1/secret");
        var key = System.Text.Json.Nodes.JsonNode.Parse(secret)!["data"]!["public_key"]!.GetValue<string>();
        _sender = new FuzzSender(_host.Http, key, _host.Stub.Fixtures.AgentPassword);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _sender.Dispose();
        _host.Dispose();
    }

    [Test]
    public Task Any_encrypted_body_gets_a_documented_answer() =>
        Gen.Select(Malformed.Body, Malformed.ContentType, Gen.Bool).SampleAsync(async (body, contentType, viaDelete) =>
        {
            // Each sample starts idle, so a body that happens to start a DAG cannot turn later samples into 500s.
            _host.Stub.Reset();
            var (status, text) = await _sender.ScaleInAsync(body, contentType, viaDelete);
            FuzzContract.Check(status, text, Convert.ToBase64String(body));
        }, iter: Iterations, threads: 1);

    [Test]
    public Task Any_raw_body_behind_a_valid_header_is_refused_in_the_envelope()
    {
        var rawBody = Gen.OneOf(
            Malformed.HeaderValue,
            Gen.Select(Malformed.Body, Gen.Int[0, 400], (b, cut) => AesBodyCipher.Encrypt(b, AesKeyMaterial.CreateRandom()) is var c ? c[..Math.Min(cut, c.Length)] : ""),
            Gen.Int[1, 40].Select(blocks => Convert.ToBase64String(new byte[blocks * 16])));
        return Gen.Select(rawBody, Malformed.ContentType).SampleAsync(async (body, contentType) =>
        {
            var header = _sender.ValidHeader("/api/v1/ob/scale_in", AesKeyMaterial.CreateRandom());
            var (status, text) = await _sender.SendAsync(HttpMethod.Post, "/api/v1/ob/scale_in", ObshellHeaders.Agent, header, body, contentType);
            FuzzContract.Check(status, text, body);
            Assert.That(status, Is.AnyOf(204, 400, 500), $"a body that is not the encrypted scale-in JSON: {body}");
        }, iter: Iterations, threads: 1);
    }

    [Test]
    public Task Any_header_value_is_an_authentication_error() =>
        Gen.Select(Malformed.HeaderValue, Gen.Bool, Malformed.ContentType).SampleAsync(async (header, root, contentType) =>
        {
            var (status, text) = await _sender.SendAsync(HttpMethod.Post, "/api/v1/ob/scale_in",
                root ? ObshellHeaders.Root : ObshellHeaders.Agent, header, "e30=", contentType);
            var errCode = FuzzContract.Check(status, text, header);
            Assert.That((status, errCode?.Split('.')[0]), Is.AnyOf((400, "Request"), (401, "Security")), text);
        }, iter: Iterations, threads: 1);

    [Test]
    public Task Any_encrypted_header_json_gets_a_documented_answer()
    {
        var field = Gen.OneOf(Malformed.Json, Gen.Const("\"/api/v1/ob/scale_in\""), Gen.Const("\"agent-Passw0rd\""),
            Gen.Const($"\"{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}\""), Gen.Const($"\"{AesKeyMaterial.CreateRandom().ToBase64()}\""));
        // Kept under Kestrel's 32 KB header limit: past it the host answers 431 before the stub sees anything.
        var headerJson = Gen.OneOf(
            Malformed.Json,
            Gen.Select(field, field, field, field, (auth, ts, uri, keys) => $$"""{"auth":{{auth}},"ts":{{ts}},"uri":{{uri}},"keys":{{keys}}}"""))
            .Where(json => json.Length < 8_000);
        return headerJson.SampleAsync(async json =>
        {
            var (status, text) = await _sender.SendAsync(HttpMethod.Post, "/api/v1/ob/scale_in", ObshellHeaders.Agent,
                _sender.EncryptHeaderJson(json), null, null);
            FuzzContract.Check(status, text, json);
        }, iter: Iterations, threads: 1);
    }

    [Test]
    public Task Any_dag_path_and_poll_gets_a_documented_answer() =>
        Gen.String[Gen.Char[' ', '~'], 0, 40].SampleAsync(async id =>
        {
            var uri = "/api/v1/task/dag/" + Uri.EscapeDataString(id) + "?show_details=" + Uri.EscapeDataString(id);
            var header = _sender.ValidHeader(uri, AesKeyMaterial.CreateRandom());
            var (status, text) = await _sender.SendAsync(HttpMethod.Get, uri, ObshellHeaders.Agent, header, null, null);
            FuzzContract.Check(status, text, uri);
        }, iter: Iterations, threads: 1);
}
