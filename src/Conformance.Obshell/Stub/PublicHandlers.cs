namespace Conformance.Obshell.Stub;

/// <summary>The unauthenticated routes (/secret, /info) and the 404 for unknown routes.</summary>
internal sealed class PublicHandlers(StubServices s)
{
    public StubResponse Secret(StubRequest request)
    {
        var ctx = RequestContext.Start(request, s.Time);
        return s.Envelope.Success(ctx, w =>
        {
            w.WriteStartObject();
            w.WriteString("ip", s.Agent.Ip);
            w.WriteNumber("port", s.Agent.Port);
            w.WriteString("public_key", s.PublicKeyBase64);
            w.WriteEndObject();
        });
    }

    public StubResponse Info(StubRequest request)
    {
        var ctx = RequestContext.Start(request, s.Time);
        var identity = s.CurrentIdentity();
        return s.Envelope.Success(ctx, w =>
        {
            w.WriteStartObject();
            w.WriteString("ip", s.Agent.Ip);
            w.WriteNumber("port", s.Agent.Port);
            w.WriteString("zone", identity == AgentIdentity.Single ? "" : s.Options.Zone);
            w.WriteString("identity", identity.ToWireName());
            w.WriteString("version", s.Options.Version);
            w.WriteStartArray("supportedAuth");
            w.WriteStringValue("v2");
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    public StubResponse NotFound(StubRequest request) =>
        s.Envelope.Error(RequestContext.Start(request, s.Time), ObshellErrors.NotFound);
}
