using System.Text.Json;

namespace Conformance.Engine.Certification;

/// <summary>One known deviation: a requirement the target is known to fail, and why that is accepted for now.</summary>
public sealed record BaselineDeviation(string Id, string Reason);

/// <summary>The known deviations a gated run tolerates: <c>{"deviations": [{"id": "OBS-012", "reason": "..."}]}</c>.</summary>
public sealed record Baseline(IReadOnlyList<BaselineDeviation> Deviations)
{
    public bool Covers(string requirementId) => Deviations.Any(d => d.Id == requirementId);

    public static Baseline Load(string path)
    {
        return Parse(InputFile.ReadText(path, "baseline"), path);
    }

    public static Baseline Parse(string json, string name = "baseline")
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("deviations", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new ConfigurationException($"{name}: expected {{\"deviations\": [{{\"id\": ..., \"reason\": ...}}]}}");
            }

            return new Baseline(list.EnumerateArray().Select((d, i) => Deviation(d, i, name)).ToList());
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{name}: JSON error at line {(e.LineNumber ?? 0) + 1}");
        }
    }

    private static BaselineDeviation Deviation(JsonElement d, int index, string name)
    {
        var id = d.ValueKind == JsonValueKind.Object && d.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        var reason = d.ValueKind == JsonValueKind.Object && d.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(reason))
        {
            // An unexplained deviation is how a baseline rots: every entry must say why it is tolerated.
            throw new ConfigurationException($"{name}: deviations[{index}] needs a non-empty \"id\" and \"reason\"");
        }

        return new BaselineDeviation(id, reason);
    }
}
