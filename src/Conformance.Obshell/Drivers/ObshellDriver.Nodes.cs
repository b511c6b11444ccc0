using System.Globalization;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;

namespace Conformance.Obshell.Drivers;

/// <summary>Which nodes a scenario works on, and the scale-in requests it sends for them.</summary>
public sealed partial class ObshellDriver
{
    private readonly List<NodeAddress> _leased = [];
    private readonly HashSet<NodeAddress> _consumed = [];

    /// <summary>The scale-in route: "POST /api/v1/ob/scale_in" (the SDKs) or "DELETE /api/v1/observer" (the CLI).</summary>
    public ScaleInRoute Route { get; set; } = ScaleInRoute.Post;

    /// <summary>The nodes the scenario chose, in order: "the node" is the first, "the other node" the second.</summary>
    public IReadOnlyList<NodeAddress> Targets => _targets;

    private readonly List<NodeAddress> _targets = [];

    public NodeAddress Target(int index = 0) => index < _targets.Count
        ? _targets[index]
        : throw new InvalidOperationException($"the scenario chose {_targets.Count} node(s); step needs node {index + 1}");

    public void LeaseRemovable()
    {
        var node = run.Shared(r => new ObshellNodePool(r.Profile.Obshell?.Removable ?? [])).Lease();
        _leased.Add(node);
        _targets.Add(node);
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
            _consumed.Add(node);
            TrackDag(id.TryGetValue<string>(out var text) ? text : id.ToJsonString());
        }

        return answer;
    }

    private void ReturnUnusedNodes()
    {
        if (_leased.Count == 0)
        {
            return;
        }

        var pool = run.Shared(r => new ObshellNodePool(r.Profile.Obshell?.Removable ?? []));
        foreach (var node in _leased.Where(n => !_consumed.Contains(n)).Reverse())
        {
            pool.Return(node);
        }

        _leased.Clear();
    }
}
