namespace Conformance.Obshell.Stub;

/// <summary>POST /api/v1/ob/scale_in and DELETE /api/v1/observer: the outcome table, row by row.</summary>
internal sealed class ScaleInHandler(StubServices s)
{
    public StubResponse Handle(StubRequest request)
    {
        var ctx = RequestContext.Start(request, s.Time);
        var (header, authError) = s.Auth.Authenticate(request, ctx, s.CurrentIdentity());
        if (authError is not null)
        {
            return s.Envelope.Error(ctx, authError);
        }

        var (body, bodyError) = RequestAuthenticator.DecryptBody(request, header!);
        if (bodyError is not null)
        {
            return s.Envelope.Error(ctx, bodyError);
        }

        if (ScaleInRequestBinder.TryBind(body!) is not { } scaleIn)
        {
            return s.Envelope.Error(ctx, ObshellErrors.BindJsonFailed);
        }

        // One lock from the membership check to DAG creation: that is what makes concurrent removals race-free.
        lock (s.State.Gate)
        {
            var self = scaleIn.Target == s.Agent;
            var identity = s.State.Identity;
            if (identity == AgentIdentity.Single && self)
            {
                return StubResponse.NoContent;
            }

            StubError? refusal = self ? ObshellErrors.DeleteSelf
                : identity != AgentIdentity.ClusterAgent ? ObshellErrors.NotSupportOperation
                : null;
            if (refusal is not null)
            {
                return s.Envelope.Error(ctx, refusal);
            }

            if (!s.State.IsMember(scaleIn.Target))
            {
                return StubResponse.NoContent;
            }

            refusal = scaleIn.ForceKill && scaleIn.Target == s.Options.Fixtures.MajorityAtRisk ? ObshellErrors.MultiPaxosNotAlive
                : s.State.ActiveDag is not null ? ObshellErrors.UnderMaintenanceWithDag
                : null;
            if (refusal is not null)
            {
                return s.Envelope.Error(ctx, refusal);
            }

            var dag = s.State.CreateDag(scaleIn.Target, scaleIn.ForceKill);
            return s.Envelope.Success(ctx, w => DagJsonWriter.Write(w, dag, showDetails: false, s.Agent));
        }
    }
}
