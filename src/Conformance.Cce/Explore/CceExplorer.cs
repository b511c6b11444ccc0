using Conformance.Engine.Explore;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using CsCheck;

namespace Conformance.Cce.Explore;

/// <summary>The CCE RemoveNode explorer: drafts with node placeholders, the node ledger, signed sending, the checks.</summary>
public sealed class CceExplorer : IApiExplorer
{
    /// <summary>Used when the profile names no unknown cluster: a uuid no cluster has.</summary>
    public const string FallbackUnknownCluster = "4e1b6f3a-0000-4000-8000-0000e0a1dead";

    private readonly CceProfile _profile;
    private readonly UidLedger _ledger;
    private readonly CceSender _sender;
    private readonly CceChecks _checks;

    /// <param name="maxSpent">How many removable uids an accepted (non-conformant) answer may cost before they are no longer named.</param>
    public CceExplorer(RunContext run, int maxSpent)
    {
        _profile = run.Profile.Cce ?? throw new InvalidOperationException("no cce section");
        _ledger = new UidLedger(_profile, maxSpent);
        _sender = new CceSender(run);
        _checks = new CceChecks(run.Schemas, KnownPath);
    }

    public string Api => CcePack.ApiName;

    public Gen<Draft> Cases => field ??= AuthFaults.Sprinkle(CceCases.All, CceAuthFaults.For(_profile.Auth));

    public IReadOnlyList<string> Checks => [.. CceChecks.All, Liveness];

    public const string Liveness = "still-answers";

    private string KnownPath => CceSender.RemovePath(_profile.ProjectId, _profile.ClusterId);

    private string UnknownClusterPath => CceSender.RemovePath(_profile.ProjectId, _profile.UnknownClusterId ?? FallbackUnknownCluster);

    public ProbeRequest? Render(Draft draft)
    {
        // Removable uids only where the contract says the request must be refused (a broken rule, or an unknown
        // cluster): a conformant server removes nothing, and only a non-conformant one can cost a node.
        var expected = CceOracle.Judge(draft.Body, draft.ContentType);
        var refused = expected.MustRefuse || draft.Route == CceCases.RemoveUnknownCluster;
        var named = new List<string>();
        var body = draft.Body is null
            ? null
            : UidPlaceholders.Resolve(draft.Body, refused ? _ledger.Removable : _ => null, _ledger.Unknown, named);
        var path = draft.Route == CceCases.RemoveUnknownCluster ? UnknownClusterPath : KnownPath;
        return new ProbeRequest(Api, draft.Method, path, body, draft.ContentType) { RemovableUids = named, Fault = draft.Fault };
    }

    public async Task<HttpResult> SendAsync(ProbeRequest request, CancellationToken cancellation)
    {
        var answer = await _sender.SendAsync(request, cancellation);
        _ledger.Answered(request.RemovableUids, answer.Status);
        return answer;
    }

    public IReadOnlyList<Violation> Judge(ProbeRequest request, HttpResult answer) => _checks.Judge(request, answer);

    public async Task<Violation?> LivenessAsync(CancellationToken cancellation)
    {
        var body = $"{{\"apiVersion\":\"v3\",\"kind\":\"RemoveNodesTask\",\"spec\":{{\"nodes\":[{{\"uid\":\"{_ledger.Unknown(0)}\"}}]}}}}";
        var answer = await _sender.SendAsync(new ProbeRequest(Api, "PUT", UnknownClusterPath, body, "application/json"), cancellation);
        return answer.Status == 404
            ? null
            : new Violation(Liveness, "CCE-060", "MUST", $"after the exploration a removal in an unknown cluster was answered {answer.Status}, not 404");
    }
}
