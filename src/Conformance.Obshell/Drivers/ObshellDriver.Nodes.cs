using Conformance.Obshell.Profiles;
using System.Globalization;
using Conformance.Engine.Fixtures;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;

namespace Conformance.Obshell.Drivers;

/// <summary>Which nodes a scenario works on, and the scale-in requests it sends for them.</summary>
public sealed partial class ObshellDriver
{
    private readonly List<NodeAddress> _leased = [];

    // Node -> the DAG its accepted removal started.
    private readonly Dictionary<NodeAddress, string> _consumed = [];

    /// <summary>The scale-in route: "POST /api/v1/ob/scale_in" (the SDKs) or "DELETE /api/v1/observer" (the CLI).</summary>
    public ScaleInRoute Route { get; set; } = ScaleInRoute.Post;

    /// <summary>The nodes the scenario chose, in order: "the node" is the first, "the other node" the second.</summary>
    public IReadOnlyList<NodeAddress> Targets => _targets;

    private readonly List<NodeAddress> _targets = [];

    /// <summary>The run's removable nodes; a consumed one comes back only through the profile's restore.</summary>
    public NodePool<NodeAddress> Pool => run.Shared(r => new NodePool<NodeAddress>(
        r.Profile.Obshell?.Removable ?? [], "obshell.removable", r.Profile.Obshell?.Restore is not null));

    public NodeAddress Target(int index = 0) => index < _targets.Count
        ? _targets[index]
        : throw new InvalidOperationException($"the scenario chose {_targets.Count} node(s); step needs node {index + 1}");

    public async Task LeaseRemovableAsync()
    {
        var node = (await Pool.LeaseAsync(this, 1, run.Cancellation))[0];
        _leased.Add(node);
        _targets.Add(node);
    }

    /// <summary>
    /// A second member for a request the maintenance lock must refuse: another removable node when one is free now,
    /// else the profile's majority-at-risk node (without force_kill the majority rule does not apply to it), so a
    /// cluster with one removable node can still show the lock.
    /// </summary>
    public void ChooseOtherMember()
    {
        if (Pool.TryLease(this) is { } free)
        {
            _leased.Add(free);
            _targets.Add(free);
            return;
        }

        _targets.Add(Profile.MajorityAtRisk.FirstOrDefault()
            ?? throw new FixtureMissingException("obshell.removable (a second entry) or obshell.majorityAtRisk"));
    }

    public void Choose(NodeAddress node) => _targets.Add(node);

    public NodeAddress NonMember => Profile.NonMember ?? throw new FixtureMissingException("obshell.nonMember");

    public NodeAddress MajorityAtRisk => Profile.MajorityAtRisk.FirstOrDefault() ?? throw new FixtureMissingException("obshell.majorityAtRisk");

    /// <summary>Asks to remove a node with a well-formed body; force_kill is left out when null, as the SDKs do by default.</summary>
    public Task<HttpResult> ScaleInAsync(NodeAddress node, bool? forceKill)
    {
        var body = ScaleInBody.For(node, forceKill);
        run.Schemas.AssertValid("obshell/scale-in-request.schema.json", body, "the harness's own scale-in body");
        return ScaleInRawAsync(body, node);
    }

    /// <summary>Sends a scale-in body as written in the feature, with $ip and $port replaced by the node's; "" sends no body.</summary>
    public async Task<HttpResult> ScaleInTemplateAsync(string template)
    {
        var node = Target();
        var body = template.Replace("$ip", node.Ip, StringComparison.Ordinal)
            .Replace("$port", node.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return await ScaleInRawAsync(body.Length == 0 ? null : body, node);
    }

    private async Task<HttpResult> ScaleInRawAsync(string? body, NodeAddress node)
    {
        var answer = await SendAsync(Route.Method, Route.Path, body);
        if (answer.Status == 200 && answer.Json?["data"]?["id"] is System.Text.Json.Nodes.JsonValue id)
        {
            // Whatever the scenario expected, a DAG now runs: the node is spent and the DAG must be followed.
            var dag = id.TryGetValue<string>(out var text) ? text : id.ToJsonString();
            if (_leased.Contains(node) && _consumed.TryAdd(node, dag))
            {
                Pool.Consume(node);
            }

            TrackDag(dag);
        }

        return answer;
    }

    /// <summary>
    /// After the scenario's DAGs ended: unused nodes go back; a node whose removal was rolled back goes back; a removed
    /// node is restored when the profile says how, else it is spent, with the reason later leases are not-run for.
    /// </summary>
    private async Task SettleNodesAsync()
    {
        Pool.Return(_leased.Where(n => !_consumed.ContainsKey(n)));
        foreach (var (node, dag) in _consumed)
        {
            var (state, op) = _dags.GetValueOrDefault(dag);
            if (state == "SUCCEED" && op == "ROLLBACK")
            {
                Pool.Restored(node, node);
                continue;
            }

            log.Consumed();
            if (state != "SUCCEED")
            {
                Pool.Spent(node, $"its removal (DAG {dag}) ended {state ?? "unseen"}, so its state is unknown");
            }
            else if (Profile.Restore is null)
            {
                Pool.Spent(node, $"removed by {log.Case?.RequirementId ?? "a scenario"}");
            }
            else
            {
                await RestoreAsync(node, Profile.Restore);
            }
        }

        _leased.Clear();
        _consumed.Clear();
    }
}
