using System.Text.Json;

namespace Conformance.Obshell.Stub;

/// <summary>GET /api/v1/task/dag/{id} (poll, advances the DAG) and POST /api/v1/task/dag/{id} (operate).</summary>
internal sealed class DagHandlers(StubServices s)
{
    public const string PathPrefix = "/api/v1/task/dag/";

    public StubResponse Poll(StubRequest request)
    {
        var ctx = RequestContext.Start(request, s.Time);
        var (_, authError) = s.Auth.Authenticate(request, ctx, s.CurrentIdentity());
        if (authError is not null)
        {
            return s.Envelope.Error(ctx, authError);
        }

        if (GenericId.TryParseDagId(request.Path[Math.Min(PathPrefix.Length, request.Path.Length)..]) is not { } dagId)
        {
            return s.Envelope.Error(ctx, ObshellErrors.GenericIdInvalid);
        }

        // show_details defaults to true; only an explicit false hides the nodes.
        var details = !(request.Query.TryGetValue("show_details", out var v) && v.Equals("false", StringComparison.OrdinalIgnoreCase));
        ClusterDag polled;
        lock (s.State.Gate)
        {
            if (s.State.Find(dagId) is not { } dag)
            {
                return s.Envelope.Error(ctx, ObshellErrors.TaskNotFound);
            }

            s.Progress.Polled(dag, s.Time.GetLocalNow());
            polled = dag.Snapshot();
        }

        // Written outside the lock: a detailed DAG is some thirty timestamps, and concurrent polls queued behind it.
        return s.Envelope.Success(ctx, w => DagJsonWriter.Write(w, polled, details, s.Agent));
    }

    public StubResponse Operate(StubRequest request)
    {
        var ctx = RequestContext.Start(request, s.Time);
        var (body, error) = s.Auth.AuthenticatedBody(request, ctx, s.CurrentIdentity());
        if (error is not null)
        {
            return s.Envelope.Error(ctx, error);
        }

        if (GenericId.TryParseDagId(request.Path[Math.Min(PathPrefix.Length, request.Path.Length)..]) is not { } dagId)
        {
            return s.Envelope.Error(ctx, ObshellErrors.GenericIdInvalid);
        }

        if (BindOperator(body!) is not { } op)
        {
            ctx.Why = BodyJson.Why(body!);
            return s.Envelope.Error(ctx, ObshellErrors.BindJsonFailed);
        }

        lock (s.State.Gate)
        {
            if (s.State.Find(dagId) is not { } dag)
            {
                return s.Envelope.Error(ctx, ObshellErrors.TaskNotFound);
            }

            s.Progress.CatchUp(s.Time.GetLocalNow());
            // Resuming a DAG must not run it alongside another one that took the lock meanwhile.
            if (op != DagVocabulary.Cancel && s.State.ActiveDag is { } active && active != dag)
            {
                return s.Envelope.Error(ctx, ObshellErrors.UnderMaintenanceWithDag);
            }

            var refused = dag.Apply(op, s.Time.GetLocalNow());
            return refused is null ? StubResponse.NoContent : s.Envelope.Error(ctx, refused);
        }
    }

    private static string? BindOperator(byte[] json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json.Length == 0 ? "{}"u8.ToArray() : GoJson.ReplaceInvalidUtf8(json));
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && GoJson.Find(doc.RootElement, "operator") is { ValueKind: JsonValueKind.String } e
                && e.GetString() is { Length: > 0 } op
                ? op.ToUpperInvariant()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
