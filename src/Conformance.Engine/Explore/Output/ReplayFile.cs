using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine;

namespace Conformance.Engine.Explore.Output;

/// <summary>A finding's minimal request as a JSON file <c>conformance replay</c> sends again: plaintext body, no credentials.</summary>
public static class ReplayFile
{
    public static JsonObject ToJson(Finding finding, string? curl)
    {
        var r = finding.Request;
        var json = new JsonObject
        {
            ["api"] = r.Api,
            ["method"] = r.Method,
            ["path"] = r.Path,
            ["contentType"] = r.ContentType,
            ["headers"] = new JsonObject(r.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value))),
            ["body"] = r.Body,
            // The fault's name only: the sender builds it afresh, so no credential, right or wrong, is stored.
            ["fault"] = r.Fault,
            ["removableUids"] = new JsonArray([.. r.RemovableUids.Select(u => (JsonNode)u)]),
            ["finding"] = FindingJson(finding),
        };
        if (curl is not null)
        {
            json["curl"] = curl;
        }

        return json;
    }

    public static JsonObject FindingJson(Finding f) => new()
    {
        ["requirementId"] = f.Violation.RequirementId,
        ["level"] = f.Violation.Level,
        ["check"] = f.Violation.Check,
        ["detail"] = f.Violation.Detail,
        ["status"] = f.Status,
        ["answerExcerpt"] = f.Body,
    };

    public static ProbeRequest Read(string path)
    {
        JsonObject json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new ConfigurationException($"{path}: not a JSON object");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new ConfigurationException($"cannot read replay file {path}: {e.Message}");
        }

        string Need(string name) => json[name]?.GetValue<string>() ?? throw new ConfigurationException($"{path}: '{name}' is missing");
        var headers = (json["headers"] as JsonObject)?.ToDictionary(h => h.Key, h => h.Value?.GetValue<string>() ?? string.Empty) ?? [];
        return new ProbeRequest(Need("api"), Need("method"), Need("path"), json["body"]?.GetValue<string>(), json["contentType"]?.GetValue<string>())
        {
            Headers = headers,
            Fault = json["fault"]?.GetValue<string>(),
            RemovableUids = [.. (json["removableUids"] as JsonArray ?? []).Select(u => u?.GetValue<string>()).OfType<string>()],
        };
    }
}
