using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Engine.Fixtures;
using Conformance.Engine.Packs;
using Conformance.Engine.Reports;
using Conformance.Engine.Running;

namespace Conformance.Cli.Jobs;

/// <summary>
/// Some APIs re-add a node under a new uid, so the profile that started the run no longer names it: the next run would
/// be refused 404 on a node that is there. Writes the profile with the new names beside the reports and says so.
/// </summary>
internal static class NextProfile
{
    public const string FileName = "profile.next.json";

    public static async Task WriteAsync(RunContext context, PackList packs, string? profilePath, string outDir, TextWriter output)
    {
        var renamed = context.SharedOfType<INodePool>().Select(p => (p.Field, Names: p.RenamedNames)).Where(p => p.Names.Count > 0).ToList();
        if (renamed.Count == 0)
        {
            return;
        }

        var root = profilePath is null ? null : JsonNode.Parse(await File.ReadAllTextAsync(profilePath), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject;
        var written = false;
        var lines = new List<string>();
        foreach (var (field, names) in renamed)
        {
            var changes = string.Join(", ", names.Select(r => $"{r.Key} -> {r.Value}"));
            var title = packs.Find(field.Split('.')[0])?.Title ?? field;
            if (Locate(root, field) is not { } list)
            {
                lines.Add($"restore re-added {title} nodes under new uids ({changes}); list them in {field} for the next run");
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (list[i]?.GetValue<string>() is { } name && names.TryGetValue(name, out var now))
                {
                    list[i] = now;
                }
            }

            written = true;
            lines.Add($"restore re-added {title} nodes under new uids ({changes}): the next run needs {Path.Combine(outDir, FileName)}, which lists them");
        }

        if (written)
        {
            AtomicFile.WriteAllText(Path.Combine(outDir, FileName), root!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }

    /// <summary>The array at a dotted profile field, e.g. "x.removable"; null when the file has none there.</summary>
    private static JsonArray? Locate(JsonObject? root, string field)
    {
        JsonNode? node = root;
        foreach (var part in field.Split('.'))
        {
            node = (node as JsonObject)?[part];
        }

        return node as JsonArray;
    }
}
