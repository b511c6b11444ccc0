using Conformance.Cce.Protocol;
using Conformance.Engine.Fixtures;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Running;
using Conformance.Engine.Checks;

namespace Conformance.Cce.Drivers;

/// <summary>
/// The scenario's view of a CCE target (created per scenario by Reqnroll's context injection): builds RemoveNode
/// requests, sends them with the profile's credentials, keeps the last answer, and follows every job it started.
/// </summary>
public sealed class CceDriver(RunContext run, ScenarioHttp http, ScenarioLog log)
{
    /// <summary>A strong plaintext (15 characters, four classes, no "root"): the password the default bodies carry, salted.</summary>
    public const string DefaultPassword = "Cce@Conform2024";

    private readonly HashSet<string> reserved = new(StringComparer.Ordinal);
    private readonly HashSet<string> touched = new(StringComparer.Ordinal);
    private readonly List<string> openJobs = [];

    // Job -> the pool uids its accepted removal consumed, and the phase it ended in (null until seen terminal).
    private readonly Dictionary<string, (IReadOnlyList<string> Uids, string? Phase)> jobs = new(StringComparer.Ordinal);
    private RemovalRequest? request;
    private HttpResult? last;

    public RunContext Run => run;

    public ScenarioLog Log => log;

    public CceProfile Profile => run.Profile.Cce ?? throw new FixtureMissingException("cce");

    public RequestAuthenticator Auth { get; } = new(run);

    public RemovalRequest Request => request ?? throw new InvalidOperationException("suite error: no request was built before this step");

    public HttpResult Last => last ?? throw new InvalidOperationException("suite error: no request was sent before this step");

    /// <summary>The job of the last accepted removal, once its answer was checked.</summary>
    public string? LastJobId { get; private set; }

    /// <summary>The last answer of GET .../jobs/{job_id}.</summary>
    public HttpResult? LastJobAnswer { get; private set; }

    /// <summary>The run's removable node uids; a consumed one comes back (under a new uid) only through the profile's restore.</summary>
    public NodePool<string> Pool => run.Shared(r => r.Profile.Cce is { } cce
        ? new NodePool<string>(cce.RemovableNodeUids, cce.RemovableField, cce.Restore is not null)
        : throw new FixtureMissingException("cce"));

    /// <summary>Starts a request for <paramref name="count"/> distinct removable nodes, with a salted strong password login.</summary>
    public async Task<RemovalRequest> NewRequestAsync(int count)
    {
        var uids = await LeaseAsync(count);
        return NewRequest(uids, uids);
    }

    /// <summary>Borrows removable uids; those an earlier request of this scenario left untouched go back first, so one node serves a whole scenario.</summary>
    public async Task<IReadOnlyList<string>> LeaseAsync(int count)
    {
        if (Profile.Restore is not null && jobs.Count > 0)
        {
            // An earlier request of this scenario removed its node (a server may accept what the scenario only meant
            // to note, such as a strong plaintext password): bring it back now, or a one-node cluster could not go on.
            await FinishAsync();
        }

        Pool.Return(reserved.Except(touched).ToList());
        reserved.IntersectWith(touched);
        var uids = await Pool.LeaseAsync(this, count, run.Cancellation);
        reserved.UnionWith(uids);
        return uids;
    }

    /// <summary>Starts a request for uids that are not (all) from the pool, e.g. unknown ones.</summary>
    public RemovalRequest NewRequest(IReadOnlyList<string> uids, IReadOnlyList<string> poolUids)
    {
        // Salted once per run: SHA-512 crypt is 5000 hash rounds, the largest CPU cost of a CCE scenario, and a
        // target judges a salted value only by its form (one run-wide value is as valid as a fresh one per request).
        var salted = run.Shared(_ => new SaltedDefault()).Value;
        request = new RemovalRequest(Profile.ProjectId, Profile.ClusterId, RemovalRequest.BodyFor(uids, salted), poolUids)
        {
            SentPassword = salted,
        };
        return request;
    }

    public async Task<HttpResult> SendAsync(CceAuthMode? mode = null, TimeSpan dateSkew = default)
    {
        var r = Request;
        using var message = new HttpRequestMessage(HttpMethod.Put, Url(r.Path)) { Content = new ByteArrayContent(r.Bytes()) };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", r.ContentType);
        await Auth.ApplyAsync(message, mode ?? r.Auth, r.ProjectId, dateSkew);
        try
        {
            last = await http.SendAsync(message);
        }
        catch
        {
            touched.UnionWith(r.PoolUids);
            throw;
        }

        if (last.Status is < 400 or > 499)
        {
            touched.UnionWith(r.PoolUids);
        }

        if (last.Status == 200 && last.Json?["status"]?["jobID"] is { } job
            && job.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            // Every started job is followed to its end, even when the scenario fails before it would.
            var id = job.GetValue<string>();
            openJobs.Add(id);
            var consumed = r.PoolUids.Where(u => !jobs.Values.Any(j => j.Uids.Contains(u))).ToList();
            jobs.TryAdd(id, (consumed, null));
            foreach (var uid in consumed)
            {
                Pool.Consume(uid);
            }

            log.Consumed(consumed.Count);
        }

        return last;
    }

    /// <summary>Checks a 200 answer (schema, status.jobID a string) and remembers its job.</summary>
    public string ExpectAccepted(string what)
    {
        Expect.Status(Last, 200, what);
        run.Schemas.AssertValid("cce/remove-nodes-task.response.schema.json", Last.Text, "the RemoveNode answer");
        LastJobId = Expect.String(Last, "status.jobID", what);
        return LastJobId;
    }

    /// <summary>
    /// Follows a job to Success or Failed. A job that outlives cce.jobTimeoutSeconds blocks every later wait on a CCE
    /// job in this run (they are not-run, blocked by this requirement) rather than each waiting out the bound again.
    /// </summary>
    public Task<JobOutcome> FollowAsync(string jobId) => FollowAsync(jobId, judged: true);

    /// <param name="judged">False for the cleanup after a scenario: skipped once blocked, but never blocks (no requirement failed).</param>
    private async Task<JobOutcome> FollowAsync(string jobId, bool judged)
    {
        run.Blockers.ThrowIfBlocked("cce");
        var outcome = await new JobFollower(run, ShowJobAsync).FollowAsync(jobId, JobPolling.For(Profile));
        if (outcome.IsTerminal)
        {
            openJobs.Remove(jobId);
            if (jobs.TryGetValue(jobId, out var job))
            {
                jobs[jobId] = job with { Phase = outcome.Phase };
            }
        }
        else if (judged)
        {
            run.Blockers.Block("cce", log.Case?.RequirementId, $"job {jobId} was still {outcome.Phase} after {outcome.Waited.TotalSeconds:0} s");
        }

        return outcome;
    }

    public async Task<HttpResult> ShowJobAsync(string jobId)
    {
        var path = $"/api/v3/projects/{Uri.EscapeDataString(Profile.ProjectId)}/jobs/{Uri.EscapeDataString(jobId)}";
        using var message = new HttpRequestMessage(HttpMethod.Get, Url(path));
        await Auth.ApplyAsync(message, CceAuthMode.Profile, Profile.ProjectId);
        LastJobAnswer = await http.SendAsync(message);
        return LastJobAnswer;
    }

    /// <summary>Leaves the target idle: follows every job still open, and returns to the pool the uids only ever refused.</summary>
    public async Task FinishAsync()
    {
        foreach (var jobId in openJobs.ToList())
        {
            try
            {
                var outcome = await FollowAsync(jobId, judged: false);
                openJobs.Remove(jobId);
                if (!outcome.IsTerminal)
                {
                    log.Note("CCE-N06", $"job {jobId} was still {outcome.Phase} after {outcome.Polls} polls when the scenario ended");
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.Note("CCE-N06", $"job {jobId} could not be followed after the scenario: {e.Message}");
            }
        }

        if (run.Profile.Cce is not null)
        {
            await SettleNodesAsync();
        }
    }

    /// <summary>
    /// Untouched uids go back; a uid whose removal reached Success is restored when the profile says how (it comes back
    /// under the uid the command prints), else spent; any other uid the target touched is spent, its state unknown.
    /// </summary>
    private async Task SettleNodesAsync()
    {
        Pool.Return(reserved.Except(touched).ToList());
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (jobId, (uids, phase)) in jobs)
        {
            foreach (var uid in uids)
            {
                settled.Add(uid);
                if (phase != "Success")
                {
                    Pool.Spent(uid, $"its removal (job {jobId}) ended {phase ?? "unfinished"}, so its state is unknown");
                }
                else if (Profile.Restore is not { Command: { } command } restore)
                {
                    Pool.Spent(uid, $"removed by {log.Case?.RequirementId ?? "a scenario"}");
                }
                else
                {
                    await RestoreAsync(uid, command, TimeSpan.FromSeconds(restore.TimeoutSeconds));
                }
            }
        }

        foreach (var uid in reserved.Intersect(touched).Where(u => !settled.Contains(u)))
        {
            Pool.Spent(uid, "the target answered a request with it other than with a 4xx refusal, so its state is unknown");
        }

        reserved.Clear();
        touched.Clear();
        jobs.Clear();
    }

    private async Task RestoreAsync(string uid, IReadOnlyList<string> command, TimeSpan bound)
    {
        var auth = Profile.Auth;
        var secrets = new Dictionary<string, string>();
        foreach (var (name, field) in new[] { (auth.TokenEnv, "cce.auth.tokenEnv"), (auth.AkEnv, "cce.auth.akEnv"), (auth.SkEnv, "cce.auth.skEnv") })
        {
            if (name is not null)
            {
                secrets[name] = run.Secrets.Get(name, field);
            }
        }

        try
        {
            var outcome = await RestoreCommand.RunAsync(command, new Dictionary<string, string> { ["uid"] = uid }, secrets, bound, run.Secrets.Masker, run.Cancellation);
            log.Fixture($"restoring node {uid}: {outcome.Account}");
            if (outcome is { Succeeded: true, LastLine: { Length: > 0 } newUid })
            {
                Pool.Restored(uid, newUid);
            }
            else
            {
                Pool.Spent(uid, outcome.Succeeded ? "restore printed no uid on its last line" : $"restore failed: {outcome.Account}");
            }
        }
        catch (OperationCanceledException)
        {
            Pool.Spent(uid, "restore was interrupted");
        }
    }

    private Uri Url(string path) => new(Profile.BaseUrl.TrimEnd('/') + path);
}

/// <summary>Run-wide: the salted form of <see cref="CceDriver.DefaultPassword"/>, made once.</summary>
internal sealed class SaltedDefault
{
    public string Value { get; } = SaltedPassword.Create(CceDriver.DefaultPassword);
}
