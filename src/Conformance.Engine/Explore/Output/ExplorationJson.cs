using System.Text.Json.Nodes;

namespace Conformance.Engine.Explore.Output;

/// <summary>exploration.json: the seed, how many requests at what rate, and every finding with its minimal request and answer.</summary>
public static class ExplorationJson
{
    public static JsonObject Build(ulong seed, string target, IReadOnlyList<ApiExploration> apis, Func<Finding, string?> curl)
    {
        var requests = apis.Sum(a => a.Requests + a.ShrinkRequests);
        var seconds = apis.Sum(a => a.Elapsed.TotalSeconds);
        return new JsonObject
        {
            ["seed"] = seed,
            ["target"] = target,
            ["requests"] = requests,
            ["requestsPerSecond"] = Math.Round(seconds > 0 ? requests / seconds : 0, 1),
            ["apis"] = new JsonArray([.. apis.Select(a => (JsonNode)new JsonObject
            {
                ["api"] = a.Api,
                ["requests"] = a.Requests,
                ["shrinkRequests"] = a.ShrinkRequests,
                ["seconds"] = Math.Round(a.Elapsed.TotalSeconds, 2),
                ["requestsPerSecond"] = Math.Round(a.RequestsPerSecond, 1),
                ["sequenceSha256"] = a.SequenceSha256,
                ["statuses"] = new JsonObject(a.Statuses.Select(kv => KeyValuePair.Create(kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), (JsonNode?)kv.Value))),
            })]),
            ["findings"] = new JsonArray([.. apis.SelectMany(a => a.Findings).Select(f =>
            {
                var json = ReplayFile.FindingJson(f);
                json["api"] = f.Api;
                json["request"] = new JsonObject
                {
                    ["method"] = f.Request.Method,
                    ["path"] = f.Request.Path,
                    ["contentType"] = f.Request.ContentType,
                    ["body"] = f.Request.Body,
                    ["fault"] = f.Request.Fault,
                };
                json["shrink"] = new JsonObject { ["tried"] = f.ShrinkTried, ["reproduced"] = f.ShrinkReproduced };
                json["replayFile"] = f.ReplayFile;
                if (curl(f) is { } line)
                {
                    json["curl"] = line;
                }

                return (JsonNode)json;
            })]),
        };
    }
}
