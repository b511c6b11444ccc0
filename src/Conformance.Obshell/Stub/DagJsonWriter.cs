using Conformance.Obshell.Profiles;
using Conformance.Engine.Profiles;
using System.Text.Json;
using static Conformance.Obshell.Stub.DagVocabulary;

namespace Conformance.Obshell.Stub;

/// <summary>Writes DagDetailDTO, and with details its NodeDetailDTO/TaskDetailDTO tree (ob/agent/engine/task/task_dto.go).</summary>
internal static class DagJsonWriter
{
    /// <param name="reportedStage">Overrides the reported stage (a deviation); null reports the DAG's own.</param>
    public static void Write(Utf8JsonWriter w, ClusterDag dag, bool showDetails, NodeAddress agent, int? reportedStage = null)
    {
        w.WriteStartObject();
        w.WriteString("id", dag.GenericId);
        w.WriteNumber("dag_id", dag.DagId);
        w.WriteString("name", dag.Name);
        w.WriteNumber("stage", reportedStage ?? dag.Stage);
        w.WriteNumber("max_stage", dag.Stages.Count);
        w.WriteNumber("maintenance_type", ClusterMaintenance);
        w.WriteString("maintenance_key", "");
        WriteStatus(w, dag.State, dag.Operator, dag.StartTime, dag.EndTime);
        w.WriteNull("additional_data");
        if (!showDetails)
        {
            w.WriteNull("nodes");
        }
        else
        {
            w.WriteStartArray("nodes");
            for (var stage = 1; stage <= dag.Stages.Count; stage++)
            {
                WriteNode(w, dag, stage, agent);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter w, ClusterDag dag, int stage, NodeAddress agent)
    {
        var (state, op) = NodeStatus(dag, stage);
        var id = dag.FirstNodeId + stage - 1;
        var name = dag.Stages[stage - 1];
        w.WriteStartObject();
        WriteCommon(w, "node_id", id, name, state, op, dag, stage);
        w.WriteStartArray("sub_tasks");
        w.WriteStartObject();
        WriteCommon(w, "task_id", id, name, state, op, dag, stage);
        w.WriteNumber("execute_times", dag.StageStart(stage) is null ? 0 : 1);
        w.WriteStartObject("execute_agent");
        w.WriteString("ip", agent.Ip);
        w.WriteNumber("port", agent.Port);
        w.WriteEndObject();
        w.WriteStartArray("task_logs");
        if (dag.StageStart(stage) is not null)
        {
            w.WriteStringValue($"{name}: started");
        }

        if (state == Succeed)
        {
            w.WriteStringValue($"{name}: finished");
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    // Stages before the current one are done, the current one mirrors the DAG, later ones wait.
    // A stage's node and its one sub-task share id, name and status; only the name of the numeric id differs.
    private static void WriteCommon(Utf8JsonWriter w, string idField, long id, string name, string state, string op, ClusterDag dag, int stage)
    {
        w.WriteString("id", "1" + id);
        w.WriteNumber(idField, id);
        w.WriteString("name", name);
        WriteStatus(w, state, op, dag.StageStart(stage), dag.StageEnd(stage));
        w.WriteNull("additional_data");
    }

    private static (string State, string Operator) NodeStatus(ClusterDag dag, int stage) =>
        stage < dag.Stage || dag.State == Succeed ? (Succeed, stage == dag.Stage ? dag.Operator : Run)
        : stage == dag.Stage ? (dag.State, dag.Operator)
        : (Pending, Run);

    private static void WriteStatus(Utf8JsonWriter w, string state, string op, DateTimeOffset? start, DateTimeOffset? end)
    {
        w.WriteString("state", state);
        w.WriteString("operator", op);
        w.WriteString("start_time", GoTime.Format(start));
        w.WriteString("end_time", GoTime.Format(end));
    }
}
