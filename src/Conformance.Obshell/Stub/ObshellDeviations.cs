using Conformance.Engine.Catalogue;

namespace Conformance.Obshell.Stub;

/// <summary>The obshell stub's deviation modes: each makes it break one MUST requirement the way a buggy agent would.</summary>
public static class ObshellDeviations
{
    public const string DeleteRouteMissing = "obshell-delete-route-missing";
    public const string StatusMismatch = "obshell-status-mismatch";
    public const string DataOnError = "obshell-data-on-error";
    public const string NonMember200 = "obshell-non-member-200";
    public const string DagStageZero = "obshell-dag-stage-zero";
    public const string DagNeverSucceeds = "obshell-dag-never-succeeds";
    public const string NodeStaysMember = "obshell-node-stays-member";
    public const string EmptyIpAccepted = "obshell-empty-ip-accepted";
    public const string ForceKillStringAccepted = "obshell-force-kill-string-accepted";
    public const string NoStageForForceKill = "obshell-no-stage-for-force-kill";
    public const string SelfRemovalAccepted = "obshell-self-removal-accepted";
    public const string NoMaintenanceLock = "obshell-no-maintenance-lock";
    public const string MissingHeader401 = "obshell-missing-header-401";
    public const string ExpiredTsAccepted = "obshell-expired-ts-accepted";
    public const string BodyBeforeAuth = "obshell-body-before-auth";
    public const string AgentHeaderIgnored = "obshell-agent-header-ignored";

    public static IReadOnlyList<StubDeviation> All { get; } =
    [
        new(DeleteRouteMissing, "OBS-001", "DELETE /api/v1/observer is not routed: 404 Common.NotFound"),
        new(StatusMismatch, "OBS-002", "success envelopes say status 201 while the HTTP status is 200"),
        new(DataOnError, "OBS-003", "error envelopes carry \"data\": {} next to error"),
        new(NonMember200, "OBS-004", "a non-member is answered 200 with an empty success envelope instead of 204 without a body"),
        new(DagStageZero, "OBS-006", "a new DAG reports stage 0 (counted from zero) instead of 1"),
        new(DagNeverSucceeds, "OBS-008", "a DAG fails at its last stage and never reaches SUCCEED"),
        new(NodeStaysMember, "OBS-008", "a DAG reaches SUCCEED but the node stays a member"),
        new(EmptyIpAccepted, "OBS-010", "agent_info with an empty ip binds (and answers 204 as a non-member)"),
        new(ForceKillStringAccepted, "OBS-012", "force_kill \"true\" (a string) binds as the boolean true"),
        new(NoStageForForceKill, "OBS-013", "force_kill true still creates the 5-stage DAG"),
        new(SelfRemovalAccepted, "OBS-015", "the agent accepts removing its own node and starts a DAG"),
        new(NoMaintenanceLock, "OBS-019", "a second scale-in starts a DAG while another one runs"),
        new(MissingHeader401, "OBS-025", "a request without an auth header is answered 401 Security.Authentication.Header.NotFound"),
        new(ExpiredTsAccepted, "OBS-026", "the header's ts is never checked, so an expired header passes"),
        new(BodyBeforeAuth, "OBS-028", "a decryptable header's body is bound before uri, ts and password are checked"),
        new(AgentHeaderIgnored, "OBS-031", "only X-OCS-Header is read: the SDKs' X-OCS-Agent-Header is not found"),
    ];
}
