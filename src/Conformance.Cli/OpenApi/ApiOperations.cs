namespace Conformance.Cli.OpenApi;

/// <summary>One documented operation and the schema components (file names without .schema.json) of its bodies.</summary>
internal sealed record ApiOperation(string Method, string Path, string OperationId, string Summary, string? Request, string? Response, string? Error);

/// <summary>The operations each API's OpenAPI document describes; a schema not (yet) in schemas/ is simply left out.</summary>
internal static class ApiOperations
{
    public static IReadOnlyList<ApiOperation> For(string api) => api switch
    {
        "obshell" =>
        [
            new("POST", "/api/v1/ob/scale_in", "scaleIn", "Remove an observer from the cluster (scale-in)", "scale-in-request", "dag-envelope", "error-envelope"),
            new("DELETE", "/api/v1/observer", "deleteObserver", "Remove an observer from the cluster", "scale-in-request", "dag-envelope", "error-envelope"),
            new("GET", "/api/v1/task/dag/{id}", "getDag", "Read a task DAG", null, "dag-envelope", "error-envelope"),
            new("POST", "/api/v1/task/dag/{id}", "operateDag", "Rollback, retry, cancel or pass a task DAG", "dag-operation-request", "envelope", "error-envelope"),
            new("GET", "/api/v1/secret", "getSecret", "The agent's RSA public key for request encryption", null, "secret", "error-envelope"),
            new("GET", "/api/v1/info", "getInfo", "The agent's identity and state", null, "info", "error-envelope"),
        ],
        "cce" =>
        [
            new("PUT", "/api/v3/projects/{project_id}/clusters/{cluster_id}/nodes/operation/remove", "removeNode", "Remove nodes from a cluster",
                "remove-nodes-task.request", "remove-nodes-task.response", "cce-error"),
            new("GET", "/api/v3/projects/{project_id}/jobs/{job_id}", "showJob", "Read a job's progress", null, "job", "cce-error"),
        ],
        _ => throw new Engine.ConfigurationException($"unknown API '{api}' (expected obshell or cce)"),
    };
}
