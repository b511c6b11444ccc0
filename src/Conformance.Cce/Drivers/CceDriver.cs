using Conformance.Cce.Protocol;
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

    public CceNodePool Pool => run.Shared(r => new CceNodePool(r.Profile.Cce ?? throw new FixtureMissingException("cce")));

    /// <summary>Starts a request for <paramref name="count"/> distinct removable nodes, with a salted strong password login.</summary>
    public RemovalRequest NewRequest(int count)
    {
        if (count > Pool.Total)
        {
            throw new FixtureMissingException($"cce.removableNodeUids (at least {count} entries)");
        }

        var uids = Pool.Take(count);
        reserved.UnionWith(uids);
        return NewRequest(uids, uids);
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
            openJobs.Add(job.GetValue<string>());
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

    public async Task<JobOutcome> FollowAsync(string jobId)
    {
        var outcome = await new JobFollower(run, ShowJobAsync).FollowAsync(jobId, JobPolling.For(Profile.PollIntervalMs));
        if (outcome.IsTerminal)
        {
            openJobs.Remove(jobId);
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
                var outcome = await FollowAsync(jobId);
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

        if (run.Profile.Cce is not null && reserved.Count > 0)
        {
            Pool.Return(reserved.Except(touched));
        }
    }

    private Uri Url(string path) => new(Profile.BaseUrl.TrimEnd('/') + path);
}

/// <summary>Run-wide: the salted form of <see cref="CceDriver.DefaultPassword"/>, made once.</summary>
internal sealed class SaltedDefault
{
    public string Value { get; } = SaltedPassword.Create(CceDriver.DefaultPassword);
}
