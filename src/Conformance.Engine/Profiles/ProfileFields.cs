using System.Text.Json.Nodes;

namespace Conformance.Engine.Profiles;

/// <summary>Typed field access for profile readers, with errors that name the JSON path and the file.</summary>
public sealed class ProfileFields(string source)
{
    /// <summary>Where the profile came from, as errors name it.</summary>
    public string Source => source;

    /// <summary>The command of a restore object, or null when it names none.</summary>
    public IReadOnlyList<string>? RestoreCommand(JsonObject o, string path) => o["command"] switch
    {
        null => null,
        JsonArray { Count: > 0 } a => a.Select((n, i) => n is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : throw Error($"{path}.command[{i}]", "a non-empty string")).ToList(),
        _ => throw Error($"{path}.command", "a non-empty array of strings (the program, then its arguments; no shell)"),
    };

    /// <summary>A restore object's timeout, the default when it sets none.</summary>
    public int RestoreTimeout(JsonObject o, string path) => Positive(o, "timeoutSeconds", $"{path}.timeoutSeconds") ?? RestoreProfile.DefaultTimeoutSeconds;

    /// <summary>A restore that only runs a command: null when absent.</summary>
    public RestoreProfile? CommandRestore(JsonNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        var o = node as JsonObject ?? throw Error(path, "an object {\"command\": [...]}");
        var command = RestoreCommand(o, path) ?? throw new ConfigurationException($"{source}: field '{path}' needs \"command\"");
        return new RestoreProfile(command, RestoreTimeout(o, path));
    }

    public int? Positive(JsonObject o, string name, string path) => o[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var i) && i > 0 => i,
        _ => throw Error(path, "a positive integer (seconds)"),
    };

    public bool? OptionalBool(JsonObject o, string name, string path) => o[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw Error(path, "true or false"),
    };

    public string RequiredString(JsonObject o, string name, string path) =>
        OptionalString(o, name, path) is { Length: > 0 } s ? s : throw Missing(path);

    public string? OptionalString(JsonObject o, string name, string path) => o[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw Error(path, "a string"),
    };

    public int? OptionalInt(JsonObject o, string name, string path) => o[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var i) && i >= 0 => i,
        _ => throw Error(path, "a non-negative integer"),
    };

    /// <summary>An array of strings; empty when absent.</summary>
    public List<string> Strings(JsonObject o, string name, string path) => o[name] switch
    {
        null => [],
        JsonArray a => a.Select((n, i) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Error($"{path}[{i}]", "a string")).ToList(),
        _ => throw Error(path, "an array of strings"),
    };

    public ConfigurationException Missing(string path) => new($"{source}: required field '{path}' is missing");

    public ConfigurationException Error(string path, string expected) => new($"{source}: field '{path}' must be {expected}");

    /// <summary>A fault the schema cannot name, in the same form: "source: message".</summary>
    public ConfigurationException Invalid(string message) => new($"{source}: {message}");
}
