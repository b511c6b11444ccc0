using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine.Fixtures;
using Conformance.Engine.Reports;
using Conformance.Engine.Running;

namespace Conformance.Cli.Jobs;

/// <summary>
/// A re-added CCE node comes back under a new uid, so the profile that started the run no longer names it: the next run
/// would be refused 404 on a node that is there. Writes the profile with the new uids beside the reports and says so.
/// </summary>
internal static class NextProfile
{
    public const string FileName = "profile.next.json";

    public static async Task WriteAsync(RunContext context, string? profilePath, string outDir, TextWriter output)
    {
        var renamed = context.SharedOrNull<NodePool<string>>()?.Renamed;
        if (renamed is not { Count: > 0 })
        {
            return;
        }

        var changes = string.Join(", ", renamed.Select(r => $"{r.Key} -> {r.Value}"));
        if (profilePath is null || JsonNode.Parse(await File.ReadAllTextAsync(profilePath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is not JsonObject root
            || root["cce"]?["removableNodeUids"] is not JsonArray uids)
        {
            await output.WriteLineAsync($"restore re-added CCE nodes under new uids ({changes}); list them in cce.removableNodeUids for the next run");
            return;
        }

        for (var i = 0; i < uids.Count; i++)
        {
            if (uids[i]?.GetValue<string>() is { } uid && renamed.TryGetValue(uid, out var now))
            {
                uids[i] = now;
            }
        }

        var path = Path.Combine(outDir, FileName);
        AtomicFile.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        await output.WriteLineAsync($"restore re-added CCE nodes under new uids ({changes}): the next run needs {path}, which lists them");
    }
}
