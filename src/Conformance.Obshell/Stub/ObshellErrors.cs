namespace Conformance.Obshell.Stub;

/// <summary>The errCodes the stub answers, as obshell names them.</summary>
public static class ObshellErrors
{
    // 10008 is the pre-4.3.1 numeric code these auth errors still carry; 1 is what makes the Python SDK refresh its key.
    private const int LegacyUnauthorized = 10008;

    public static readonly StubError HeaderNotFound = new(400, "Request.Header.NotFound", "request header 'X-OCS-Header' or 'X-OCS-Agent-Header' not found");
    public static readonly StubError HeaderDecryptFailed = new(401, "Security.Authentication.Header.DecryptFailed", "decrypt request header failed", 1);
    public static readonly StubError UriMismatch = new(401, "Security.Authentication.Header.UriMismatch", "request uri does not match the uri in the header", LegacyUnauthorized);
    public static readonly StubError TimestampInvalid = new(401, "Security.Authentication.Timestamp.Invalid", "timestamp in the header is invalid", LegacyUnauthorized);
    public static readonly StubError Expired = new(401, "Security.Authentication.Expired", "authentication expired", LegacyUnauthorized);
    public static readonly StubError IncorrectPassword = new(401, "Security.Authentication.IncorrectOceanbasePassword", "incorrect password", LegacyUnauthorized);
    public static readonly StubError KeyAndIvInvalid = new(500, "Request.Body.Decrypt.AES.KeyAndIv.Invalid", "aes key and iv in the header are invalid");
    public static readonly StubError ContentLengthInvalid = new(500, "Request.Body.Decrypt.AES.ContentLength.Invalid", "encrypted body length is invalid");
    public static readonly StubError BindJsonFailed = new(400, "Common.BindJsonFailed", "bind json failed");
    public static readonly StubError DeleteSelf = new(400, "OB.Server.DeleteSelf", "cannot delete the observer of the current agent");
    public static readonly StubError NotSupportOperation = new(400, "Agent.Identify.NotSupportOperation", "agent identity does not support this operation");
    public static readonly StubError MultiPaxosNotAlive = new(400, "OB.Cluster.MultiPaxosNotAlive", "a log stream would lose its majority if the observer were killed");
    public static readonly StubError AgentAlreadyExists = new(500, "Agent.AlreadyExists", "the observer is already in the cluster");
    public static readonly StubError UnderMaintenanceWithDag = new(500, "OB.Cluster.UnderMaintenanceWithDag", "cluster is under maintenance by another task");
    public static readonly StubError NotFound = new(404, "Common.NotFound", "resource not found");
    public static readonly StubError GenericIdInvalid = new(400, "Task.GenericID.Invalid", "task generic id is invalid");
    public static readonly StubError TaskNotFound = new(404, "Task.NotFound", "task not found");
    public static readonly StubError OperatorNotSupport = new(400, "Task.Dag.Operator.NotSupport", "dag operator is not supported");
    public static readonly StubError RollbackNotFailedDag = new(400, "Task.Dag.Operator.RollbackNotFailedDag", "only a failed dag can be rolled back");
    public static readonly StubError RetryNotFailedDag = new(400, "Task.Dag.Operator.RetryNotFailedDag", "only a failed dag can be retried");
    public static readonly StubError PassNotFailedDag = new(400, "Task.Dag.Operator.PassNotFailedDag", "only a failed dag can be passed");
    public static readonly StubError CancelFinishedDag = new(400, "Task.Dag.Operator.CancelFinishedDag", "a finished dag cannot be cancelled");
    public static readonly StubError Unexpected = new(500, "Common.Unexpected", "unexpected error");
}
