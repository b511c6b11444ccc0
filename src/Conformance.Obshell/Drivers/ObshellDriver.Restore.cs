using Conformance.Obshell.Profiles;
using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Engine.Fixtures;
using Conformance.Engine.Profiles;

namespace Conformance.Obshell.Drivers;

/// <summary>
/// Brings a removed node back (fixture use, never judged): the profile's command first when it has one, then the
/// server's own scale-out followed to SUCCEED. Whatever goes wrong spends the node, with the reason, and never fails the scenario.
/// </summary>
public sealed partial class ObshellDriver
{
    private async Task RestoreAsync(NodeAddress node, ObshellRestore restore)
    {
        var bound = TimeSpan.FromSeconds(restore.TimeoutSeconds);
        try
        {
            if (restore.Command is { } command)
            {
                var placeholders = new Dictionary<string, string>
                {
                    ["ip"] = node.Ip,
                    ["port"] = node.Port.ToString(CultureInfo.InvariantCulture),
                };
                var secrets = new Dictionary<string, string> { [Profile.PasswordEnv] = run.Secrets.Get(Profile.PasswordEnv, "obshell.passwordEnv") };
                var outcome = await RestoreCommand.RunAsync(command, placeholders, secrets, bound, run.Secrets.Masker, run.Cancellation);
                log.Fixture($"restoring {node}: {outcome.Account}");
                if (!outcome.Succeeded)
                {
                    Pool.Spent(node, $"restore failed: {outcome.Account}");
                    return;
                }
            }

            if (restore.ScaleOut is { } scaleOut && !await ScaleOutAsync(node, scaleOut, bound))
            {
                return;
            }

            Pool.Restored(node, node);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.Fixture($"restoring {node} failed: {e.Message}");
            Pool.Spent(node, $"restore failed: {e.Message}");
        }
        catch (OperationCanceledException)
        {
            Pool.Spent(node, "restore was interrupted");
        }
    }

    private async Task<bool> ScaleOutAsync(NodeAddress node, ScaleOutRestore scaleOut, TimeSpan bound)
    {
        var body = new JsonObject
        {
            ["agentInfo"] = new JsonObject { ["ip"] = node.Ip, ["port"] = node.Port },
            ["zone"] = scaleOut.Zone,
            ["obConfigs"] = scaleOut.ObConfigs.DeepClone(),
        };
        if (Profile.PasswordKind == "agent")
        {
            // The node was a member, so its agent shares the cluster's agent password; the body travels AES-encrypted.
            body["targetAgentPassword"] = run.Secrets.Get(Profile.PasswordEnv, "obshell.passwordEnv");
        }

        var answer = await SendAsync(HttpMethod.Post, "/api/v1/ob/scale_out", body.ToJsonString());
        if (answer.Status != 200 || answer.Json?["data"]?["id"] is not JsonValue id)
        {
            var why = $"POST /api/v1/ob/scale_out answered {answer.Status}: {Engine.Checks.Expect.Excerpt(answer.Text)}";
            log.Fixture($"restoring {node} by scale-out failed: {why}");
            Pool.Spent(node, $"restore failed: {why}");
            return false;
        }

        var dag = id.TryGetValue<string>(out var text) ? text : id.ToJsonString();
        var started = run.Time.GetUtcNow();
        var final = await FollowAsync(dag, bound, FollowKind.Fixture);
        var state = final.Json?["data"]?["state"]?.ToString();
        log.Fixture($"restoring {node} by scale-out: DAG {dag} ended {state} after {(run.Time.GetUtcNow() - started).TotalSeconds:0.0} s");
        if (state != "SUCCEED")
        {
            Pool.Spent(node, $"restore failed: the scale-out DAG {dag} ended {state}");
            return false;
        }

        return true;
    }
}
