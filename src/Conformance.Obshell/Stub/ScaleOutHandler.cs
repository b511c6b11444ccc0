namespace Conformance.Obshell.Stub;

/// <summary>
/// POST /api/v1/ob/scale_out (ob/agent/executor/ob/scale_out.go): a fixture for bringing a removed node back, with the
/// same security checks as scale-in and the same maintenance lock, held in both directions.
/// </summary>
internal sealed class ScaleOutHandler(StubServices s)
{
    public StubResponse Handle(StubRequest request)
    {
        var ctx = RequestContext.Start(request, s.Time);
        var (body, error) = s.Auth.AuthenticatedBody(request, ctx, s.CurrentIdentity());
        if (error is not null)
        {
            return s.Envelope.Error(ctx, error);
        }

        if (ScaleOutRequestBinder.TryBind(body!) is not { } scaleOut)
        {
            ctx.Why = BodyJson.Why(body!);
            return s.Envelope.Error(ctx, ObshellErrors.BindJsonFailed);
        }

        // One lock from the membership check to DAG creation, as for scale-in: two adds of one node cannot both start.
        lock (s.State.Gate)
        {
            var now = s.Time.GetLocalNow();
            s.Progress.CatchUp(now);
            // Only a node a finished scale-in left behind is a SINGLE agent here; any other address (never an agent,
            // or one still being removed) is not an agent that can join, which obshell answers NotSupportOperation.
            StubError? refusal = s.State.Identity != AgentIdentity.ClusterAgent ? ObshellErrors.NotSupportOperation
                : s.State.IsMember(scaleOut.Target) ? ObshellErrors.AgentAlreadyExists
                : !s.State.IsSingle(scaleOut.Target) ? ObshellErrors.NotSupportOperation
                : s.State.ActiveDag is not null && !s.Deviates(ObshellDeviations.NoMaintenanceLock) ? ObshellErrors.UnderMaintenanceWithDag
                : null;
            if (refusal is not null)
            {
                return s.Envelope.Error(ctx, refusal);
            }

            var dag = s.State.CreateDag(scaleOut.Target, DagPlan.ScaleOut, now);
            return s.Envelope.Success(ctx, w => DagJsonWriter.Write(w, dag, showDetails: false, s.Agent));
        }
    }
}
