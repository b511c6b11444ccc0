using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Cce.Protocol;
using Conformance.Engine.Explore;

namespace Conformance.Cce.Explore;

/// <summary>
/// The CCE contract's MUST rules applied to a request's shape ("Levels and decisions" in the spec): only what the spec
/// makes a 400 counts; wrong types and unknown fields it leaves open are not judged.
/// </summary>
public static class CceOracle
{
    public const int NodeLimit = 200;

    public static CceExpectation Judge(string? body, string? contentType)
    {
        var broken = new List<CceRule>();
        if (contentType is not null && contentType.Split(';')[0].Trim().Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            broken.Add(new("CCE-051", "a text/plain body"));
        }

        if (!JsonText.TryParse(body, out var node) || node is not JsonObject task)
        {
            return new(broken, false);
        }

        Fixed(task, "apiVersion", "v3", "CCE-001", broken);
        Fixed(task, "kind", "RemoveNodesTask", "CCE-002", broken);
        if (!JsonText.Has(task, "spec", out var specNode))
        {
            broken.Add(new("CCE-004", "no spec"));
            return new(broken, false);
        }

        if (specNode is not JsonObject spec)
        {
            return new(broken, false);
        }

        var overLimit = Nodes(spec, broken);
        if (JsonText.Has(spec, "login", out var loginNode) && loginNode is JsonObject login)
        {
            Login(login, broken);
        }

        return new(broken, overLimit);
    }

    // Absent or null is allowed (the page's own example omits both); any other value than the fixed one is not.
    private static void Fixed(JsonObject task, string name, string expected, string id, List<CceRule> broken)
    {
        if (JsonText.Has(task, name, out var v) && !(JsonText.IsString(v, out var s) && s == expected))
        {
            broken.Add(new(id, $"{name} {v.ToJsonString()}"));
        }
    }

    /// <returns>True when the list holds more than 200 distinct uids (the limit is judged before any lookup).</returns>
    private static bool Nodes(JsonObject spec, List<CceRule> broken)
    {
        if (!JsonText.Has(spec, "nodes", out var nodesNode))
        {
            broken.Add(new("CCE-005", "no spec.nodes"));
            return false;
        }

        if (nodesNode is not JsonArray nodes)
        {
            return false;
        }

        if (nodes.Any(n => n is JsonObject item && !JsonText.Has(item, "uid", out _)))
        {
            broken.Add(new("CCE-006", "a node item without uid"));
        }

        if (nodes.Count > NodeLimit)
        {
            broken.Add(new("CCE-011", $"{nodes.Count} nodes"));
            var uids = nodes.Select(n => n is JsonObject o && JsonText.Has(o, "uid", out var u) && JsonText.IsString(u, out var s) ? s : null).ToList();
            return uids.All(u => u is not null) && uids.Distinct(StringComparer.Ordinal).Count() == uids.Count;
        }

        return false;
    }

    private static void Login(JsonObject login, List<CceRule> broken)
    {
        var hasPassword = JsonText.Has(login, "userPassword", out var upNode);
        if (IsTrue(login, "removeUserPassword") && hasPassword)
        {
            broken.Add(new("CCE-030", "removeUserPassword true with userPassword"));
        }

        if (IsTrue(login, "removeSSHKey") && JsonText.Has(login, "sshKey", out _))
        {
            broken.Add(new("CCE-031", "removeSSHKey true with sshKey"));
        }

        if (hasPassword && upNode is JsonObject up && JsonText.Has(up, "password", out var p) && JsonText.IsString(p, out var password)
            && !SaltedPassword.IsSalted(password))
        {
            var username = JsonText.Has(up, "username", out var u) ? (JsonText.IsString(u, out var name) ? name : null) : PasswordPolicy.DefaultUsername;
            if (username is not null && Weak(password, username) is { } rule)
            {
                broken.Add(rule);
            }
        }
    }

    private static bool IsTrue(JsonObject o, string name) =>
        JsonText.Has(o, name, out var v) && v.GetValueKind() == JsonValueKind.True;

    // Only what the spec lets the harness fail on: the username rules case-sensitively, the class rule when every
    // character is in one of the page's four classes (the sources disagree on ~#* and say nothing of others).
    private static CceRule? Weak(string password, string username)
    {
        var reversed = new string(username.Reverse().ToArray());
        return PasswordPolicy.Check(password, username) switch
        {
            PasswordRule.TooShort or PasswordRule.TooLong => new("CCE-020", $"a plaintext password of {password.Length} characters"),
            PasswordRule.TooFewCharacterClasses when password.All(InPageClasses) => new("CCE-021", "a plaintext password of fewer than three classes"),
            PasswordRule.ContainsUsername or PasswordRule.ContainsReversedUsername
                when username.Length > 0 && (password.Contains(username, StringComparison.Ordinal) || password.Contains(reversed, StringComparison.Ordinal))
                => new("CCE-022", "a plaintext password containing the username or its reverse"),
            _ => null,
        };
    }

    private static bool InPageClasses(char c) =>
        char.IsAsciiLetterOrDigit(c) || PasswordPolicy.SpecialCharacters.Contains(c, StringComparison.Ordinal);
}
