using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Engine.Explore;

/// <summary>Bodies one step smaller than a JSON body: one object member or array item removed, or one string halved.</summary>
public static class JsonDeletions
{
    // As JsonPieces writes them: non-ASCII stays UTF-8, and the generators' deep values stay writable.
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 4096 };

    /// <summary>Outer parts first, so one accepted step removes the most; nothing for a body that is not JSON.</summary>
    public static IEnumerable<string> Of(string? body)
    {
        if (!JsonText.TryParse(body, out var parsed) || parsed is null)
        {
            yield break;
        }

        foreach (var path in Paths(parsed, []).ToList())
        {
            foreach (var edit in new[] { Edit.Remove, Edit.Halve })
            {
                // A fresh copy per candidate: each step is judged against the body as it was.
                var root = parsed.DeepClone();
                if (Apply(root, path, edit))
                {
                    yield return root.ToJsonString(Raw);
                }
            }
        }
    }

    private enum Edit
    {
        Remove,
        Halve,
    }

    /// <summary>Every member and item, as the keys (string) and indexes (int) leading to it; JSON nulls included.</summary>
    private static IEnumerable<object[]> Paths(JsonNode? node, object[] at)
    {
        IEnumerable<(object Step, JsonNode? Child)> slots = node switch
        {
            JsonObject o => o.Select(kv => ((object)kv.Key, kv.Value)),
            JsonArray a => a.Select((child, i) => ((object)i, child)),
            _ => [],
        };
        foreach (var (step, child) in slots)
        {
            object[] path = [.. at, step];
            yield return path;
            foreach (var inner in Paths(child, path))
            {
                yield return inner;
            }
        }
    }

    private static bool Apply(JsonNode root, object[] path, Edit edit)
    {
        var parent = path[..^1].Aggregate(root, (n, step) => step is string key ? n[key]! : n[(int)step]!);
        var last = path[^1];
        if (edit == Edit.Remove)
        {
            if (last is string key)
            {
                ((JsonObject)parent).Remove(key);
            }
            else
            {
                ((JsonArray)parent).RemoveAt((int)last);
            }

            return true;
        }

        var node = last is string k ? parent[k] : parent[(int)last];
        if (node is null || !JsonText.IsString(node, out var s) || s.Length == 0)
        {
            return false;
        }

        JsonNode half = JsonValue.Create(s[..(s.Length / 2)]);
        if (last is string name)
        {
            parent[name] = half;
        }
        else
        {
            parent[(int)last] = half;
        }

        return true;
    }
}
