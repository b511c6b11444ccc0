using Conformance.Obshell.Profiles;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using Conformance.Obshell.Protocol;
using Conformance.Engine.Checks;

namespace Conformance.Obshell.Drivers;

/// <summary>
/// Scenario-scoped: talks to one obshell target the way the SDKs do (hybrid encryption with the profile's password),
/// injects at most one fault per request, and remembers the last answer for the Then steps.
/// </summary>
public sealed partial class ObshellDriver(RunContext run, ScenarioHttp http, ScenarioLog log)
{
    private ObshellRequestFactory? _factory;
    private RequestFault _nextFault;
    private string? _nextTraceId;

    public RunContext Run => run;

    public ScenarioLog Log => log;

    public ObshellProfile Profile => run.Profile.Obshell ?? throw new NotRunException("the profile has no 'obshell' section");

    /// <summary>The last answer; a Then step before any When is a mistake in the feature file.</summary>
    public HttpResult Last => LastOrNull ?? throw new InvalidOperationException("no request has been sent in this scenario yet");

    public HttpResult? LastOrNull { get; private set; }

    public PreparedRequest? LastRequest { get; private set; }

    /// <summary>The X-OBSHELL-Trace-ID sent with the last request, if any.</summary>
    public string? LastTraceId { get; private set; }

    public void BreakNextRequest(RequestFault fault) => _nextFault = fault;

    public void TraceNextRequest(string traceId) => _nextTraceId = traceId;

    /// <summary>An unauthenticated GET (/api/v1/secret, /api/v1/info).</summary>
    public async Task<HttpResult> GetPublicAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Profile.BaseUrl.TrimEnd('/') + path);
        return LastOrNull = await http.SendAsync(request);
    }

    /// <summary>Sends an authenticated request; <paramref name="json"/> is the plaintext body, shown in reports instead of the ciphertext.</summary>
    public async Task<HttpResult> SendAsync(HttpMethod method, string pathAndQuery, string? json)
    {
        var factory = await FactoryAsync();
        var (fault, trace) = (_nextFault, _nextTraceId);
        (_nextFault, _nextTraceId) = (RequestFault.None, null);
        LastRequest = factory.Create(method, Profile.BaseUrl, pathAndQuery, json, run.Time.GetUtcNow(), fault, trace);
        LastTraceId = trace;
        return await SendPreparedAsync(LastRequest);
    }

    /// <summary>Sends the last request again, header and body unchanged.</summary>
    public Task<HttpResult> ReplayAsync() =>
        SendPreparedAsync(LastRequest ?? throw new InvalidOperationException("nothing to replay: no authenticated request was sent"));

    private async Task<HttpResult> SendPreparedAsync(PreparedRequest prepared)
    {
        using var request = prepared.ToMessage();
        return LastOrNull = await http.SendAsync(request, prepared.DisplayBody);
    }

    private async Task<ObshellRequestFactory> FactoryAsync()
    {
        if (_factory is not null)
        {
            return _factory;
        }

        var encryptor = await run.Shared(_ => new PublicKeyCache()).GetEncryptorAsync(FetchPublicKeyAsync);
        var password = run.Secrets.Get(Profile.PasswordEnv, "obshell.passwordEnv");
        var header = Profile.PasswordKind == "root" ? ObshellHeaders.Root : ObshellHeaders.Agent;
        return _factory = new ObshellRequestFactory(encryptor, password, header);
    }

    private async Task<string> FetchPublicKeyAsync()
    {
        var answer = await GetPublicAsync("/api/v1/secret");
        Expect.Status(200, answer.Status, answer.Text);
        run.Schemas.AssertValid("obshell/secret.schema.json", answer.Text, "GET /api/v1/secret");
        return answer.Json!["data"]!["public_key"]!.GetValue<string>();
    }
}
