using System.Text.Json.Nodes;
using Conformance.Engine.Checks;

namespace Conformance.Obshell.Drivers;

/// <summary>show_details=true: one node per stage, each with sub-tasks that name their executing agent.</summary>
public static class DagDetailsCheck
{
    public static void AssertStages(JsonNode? answer)
    {
        var data = answer?["data"];
        var nodes = data?["nodes"] as JsonArray;
        Expect.That(nodes is not null, () => $"$.data.nodes: expected an array with show_details=true but found {JsonPath.Show(data?["nodes"])}");
        var maxStage = data!["max_stage"]?.GetValue<int>() ?? -1;
        Expect.That(nodes!.Count == maxStage, () => $"$.data.nodes: expected {maxStage} entries (max_stage) but found {nodes.Count}");
        for (var i = 0; i < nodes.Count; i++)
        {
            var path = $"$.data.nodes[{i}]";
            var tasks = nodes[i]?["sub_tasks"] as JsonArray;
            Expect.That(tasks is { Count: > 0 }, () => $"{path}.sub_tasks: expected a non-empty array but found {JsonPath.Show(nodes[i]?["sub_tasks"])}");
            for (var t = 0; t < tasks!.Count; t++)
            {
                var agent = tasks[t]?["execute_agent"];
                Expect.That(agent is JsonObject, () => $"{path}.sub_tasks[{t}].execute_agent: expected an {{ip, port}} object but found {JsonPath.Show(agent)}");
            }
        }
    }
}
