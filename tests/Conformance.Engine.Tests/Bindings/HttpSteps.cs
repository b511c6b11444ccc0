using Conformance.Engine.Http;
using Conformance.Engine.Running;
using Reqnroll;

namespace Conformance.Engine.Tests.Bindings;

/// <summary>Step bindings for the hostile suite: fetch {target}/probe through the run's client and expect JSON.</summary>
[Binding]
public sealed class HttpSteps(ScenarioLog log, RunContext run)
{
    private HttpResult? _answer;

    [When("the probe is fetched for attempt {int}")]
    public async Task FetchProbe(int attempt)
    {
        var baseUrl = run.Profile.Obshell?.BaseUrl ?? throw new FixtureMissingException("obshell.baseUrl");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{baseUrl.TrimEnd('/')}/probe?attempt={attempt}");
        _answer = await new ScenarioHttp(run, log).SendAsync(request);
    }

    [Then("the answer is JSON")]
    public void AnswerIsJson()
    {
        var answer = _answer ?? throw new InvalidOperationException("no answer was fetched");
        if (answer.Json is null)
        {
            // The body start is what tells a reader whether it was an error page, a proxy or garbage.
            var text = answer.Text;
            var shown = text.Length <= 200 ? text : text[..200] + "...";
            throw new InvalidOperationException(
                $"expected a JSON answer but got {answer.Status} ({answer.Header("Content-Type") ?? "no Content-Type"}) with body: {shown}");
        }
    }
}
