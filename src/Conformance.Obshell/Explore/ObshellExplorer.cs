using Conformance.Engine.Explore;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using Conformance.Obshell.Drivers;
using CsCheck;

namespace Conformance.Obshell.Explore;

/// <summary>The obshell scale-in explorer: drafts aimed at the agent, the non-member or unknown addresses, sent encrypted.</summary>
public sealed class ObshellExplorer(RunContext run) : IApiExplorer
{
    public const string Liveness = "still-answers";

    private readonly ObshellProfile _profile = run.Profile.Obshell ?? throw new InvalidOperationException("no obshell section");
    private readonly ObshellSender _sender = new(run);
    private readonly ObshellChecks _checks = new(run.Schemas, run.Profile.Obshell!);

    public string Api => ObshellPack.ApiName;

    public Gen<Draft> Cases => field ??= AuthFaults.Sprinkle(ObshellCases.For(_profile), Faults);

    /// <summary>Every security fault the driver can build, by name.</summary>
    public static IReadOnlyList<string> Faults { get; } = [.. Enum.GetValues<RequestFault>().Where(f => f != RequestFault.None).Select(f => f.ToString())];

    public IReadOnlyList<string> Checks => [.. ObshellChecks.All, Liveness];

    public ProbeRequest? Render(Draft draft)
    {
        // The node guard: no body names a member that could be removed, not even one the contract refuses. Nothing on
        // the obshell side counts spent nodes, so a server that binds a refusable body (force_kill "true") could lose one per request.
        var expected = ObshellOracle.Judge(draft.Body);
        var members = _profile.Removable.Concat(_profile.MajorityAtRisk);
        if (members.Any(m => m.Ip == expected.Ip && m.Port == expected.Port))
        {
            return null;
        }

        return new ProbeRequest(Api, draft.Method, draft.Route, draft.Body, draft.ContentType) { Fault = draft.Fault };
    }

    public Task<HttpResult> SendAsync(ProbeRequest request, CancellationToken cancellation) => _sender.SendAsync(request, cancellation);

    public IReadOnlyList<Violation> Judge(ProbeRequest request, HttpResult answer) => _checks.Judge(request, answer);

    public async Task<Violation?> LivenessAsync(CancellationToken cancellation)
    {
        var answer = await _sender.GetPublicAsync("/api/v1/secret", cancellation);
        return answer.Status == 200
            ? null
            : new Violation(Liveness, "OBS-033", "SHOULD", $"after the exploration GET /api/v1/secret was answered {answer.Status}, not 200");
    }
}
