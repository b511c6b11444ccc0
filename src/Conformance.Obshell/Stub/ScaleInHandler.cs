namespace Conformance.Obshell.Stub;

/// <summary>POST /api/v1/ob/scale_in and DELETE /api/v1/observer: the outcome table, row by row.</summary>
internal sealed class ScaleInHandler(StubServices s)
{
    public StubResponse Handle(StubRequest request)
    {
        var ctx = RequestContext.Start(request, s.Time);
        if (request.Method == "DELETE" && s.Deviates(ObshellDeviations.DeleteRouteMissing))
        {
            return s.Envelope.Error(ctx, ObshellErrors.NotFound);
        }

        var (header, authError) = s.Auth.Authenticate(request, ctx, s.CurrentIdentity());
        if (authError is not null && s.Deviates(ObshellDeviations.BodyBeforeAuth) && s.Auth.UnverifiedScaleInBodyError(request) is { } bodyFirst)
        {
            // The header's own failure is not what this answer reports.
            ctx.Why = $"the body, judged before the header (--deviate {ObshellDeviations.BodyBeforeAuth}): {bodyFirst.Message}";
            return s.Envelope.Error(ctx, bodyFirst);
        }

        if (authError is not null)
        {
            return s.Envelope.Error(ctx, authError);
        }

        var (body, bodyError) = RequestAuthenticator.DecryptBody(request, header!, ctx);
        if (bodyError is not null)
        {
            return s.Envelope.Error(ctx, bodyError);
        }

        if (ScaleInRequestBinder.TryBind(body!, s.Options.Deviations) is not { } scaleIn)
        {
            ctx.Why = BodyJson.Why(body!);
            return s.Envelope.Error(ctx, ObshellErrors.BindJsonFailed);
        }

        // One lock from the membership check to DAG creation: that is what makes concurrent removals race-free.
        lock (s.State.Gate)
        {
            var now = s.Time.GetLocalNow();
            s.Progress.CatchUp(now);
            var self = scaleIn.Target == s.Agent && !s.Deviates(ObshellDeviations.SelfRemovalAccepted);
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
                // Not "204 with a body": Kestrel drops a 204's body, so a client could never see that bug.
                return s.Deviates(ObshellDeviations.NonMember200) ? s.Envelope.Success(ctx, w => w.WriteNullValue()) : StubResponse.NoContent;
            }

            refusal = scaleIn.ForceKill && scaleIn.Target == s.Options.Fixtures.MajorityAtRisk ? ObshellErrors.MultiPaxosNotAlive
                : s.State.ActiveDag is not null && !s.Deviates(ObshellDeviations.NoMaintenanceLock) ? ObshellErrors.UnderMaintenanceWithDag
                : null;
            if (refusal is not null)
            {
                return s.Envelope.Error(ctx, refusal);
            }

            var forceKill = scaleIn.ForceKill && !s.Deviates(ObshellDeviations.NoStageForForceKill);
            var dag = s.State.CreateDag(scaleIn.Target, forceKill ? DagPlan.ForceKillScaleIn : DagPlan.ScaleIn, now);
            int? stage = s.Deviates(ObshellDeviations.DagStageZero) ? 0 : null;
            return s.Envelope.Success(ctx, w => DagJsonWriter.Write(w, dag, showDetails: false, s.Agent, stage));
        }
    }
}
