using System.Text;
using Conformance.Engine.Running;

namespace Conformance.Engine.Http;

/// <summary>What a driver sends through: the run's client, with every exchange masked and recorded in the scenario's log.</summary>
public sealed class ScenarioHttp(RunContext run, ScenarioLog log)
{
    /// <param name="displayBody">What the report shows as the request body (e.g. the plaintext of an encrypted body).</param>
    public async Task<HttpResult> SendAsync(HttpRequestMessage request, string? displayBody = null)
    {
        var masker = run.Secrets.Masker;
        // NonValidated: enumerating the headers' validated view parses them, and HttpClient then sends the parsed form
        // ("application/json;charset=utf-8" went out as "application/json; charset=utf-8", unlike what was signed).
        var requestHeaders = request.Headers.NonValidated
            .Concat(request.Content?.Headers.NonValidated ?? default)
            .Select(h => new KeyValuePair<string, string>(h.Key, masker.ApplyHeader(h.Key, string.Join(", ", h.Value))))
            .ToList();
        if (displayBody is null && request.Content is not null)
        {
            displayBody = Encoding.UTF8.GetString(await request.Content.ReadAsByteArrayAsync());
        }

        var method = request.Method.Method;
        var url = request.RequestUri?.ToString() ?? string.Empty;
        var result = await run.Http.SendAsync(request, run.Cancellation);
        log.Record(new HttpExchange(
            method,
            masker.Apply(url),
            requestHeaders,
            displayBody is null ? null : masker.Apply(Truncate(displayBody)),
            result.Status,
            result.Headers.Select(h => new KeyValuePair<string, string>(h.Key, masker.ApplyHeader(h.Key, h.Value))).ToList(),
            masker.Apply(Truncate(result.Text)),
            result.Elapsed));
        return result;
    }

    // Reports keep the start of a long body; the whole of it proves nothing more to a reader.
    private static string Truncate(string text) => text.Length <= 4096 ? text : Checks.TextStart.Of(text, 4096) + $"... ({text.Length} characters)";
}
