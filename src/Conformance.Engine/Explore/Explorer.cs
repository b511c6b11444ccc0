using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Conformance.Engine.Http;
using CsCheck;

namespace Conformance.Engine.Explore;

/// <summary>
/// Draws drafts from the API's generator with a seeded PCG, sends them, judges every answer, and shrinks each new
/// finding the CsCheck way: smaller candidates (by generator size) are drawn and kept while they still break the check;
/// then members and items are deleted and strings halved while the check still breaks, so the body ends minimal.
/// </summary>
public sealed class Explorer(IApiExplorer api, ExploreOptions options, IProgress<ExploreProgress>? progress = null)
{
    public const string StoppedAnswering = "stopped-answering";

    public async Task<ApiExploration> RunAsync(CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        var pcg = new PCG(Stream(api.Api), options.Seed);
        using var sequence = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var findings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var statuses = new SortedDictionary<int, int>();
        var (sent, shrinkSent) = (0, 0);
        for (var i = 0; i < options.Budget && !Expired(watch); i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var draft = api.Cases.Generate(pcg, null, out var size);
            if (api.Render(draft) is not { } request)
            {
                continue;
            }

            sequence.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path} {request.ContentType} {request.Fault}\n{request.Body}\n"));
            HttpResult answer;
            try
            {
                answer = await api.SendAsync(request, cancellation);
            }
            catch (TargetUnreachableException e) when (sent > 0)
            {
                // It answered before: this request may have brought it down. Keep it as a replay file; the run is exit 3.
                var stopped = new Violation(StoppedAnswering, "liveness", "MUST", $"the target stopped answering after {sent} answered request(s): {e.Message}");
                findings.Add(new Finding(api.Api, stopped, request, 0, new Dictionary<string, string>(), string.Empty));
                return new ApiExploration(api.Api, sent, shrinkSent, watch.Elapsed, Convert.ToHexStringLower(sequence.GetHashAndReset()), findings) { Stopped = true, Statuses = statuses };
            }

            sent++;
            statuses[answer.Status] = statuses.GetValueOrDefault(answer.Status) + 1;
            foreach (var violation in api.Judge(request, answer).Where(v => seen.Add(v.Key)))
            {
                var (finding, used) = await ShrinkAsync(violation, size, draft, request, answer, watch, cancellation);
                shrinkSent += used;
                findings.Add(finding);
            }

            // Every request: the view decides how often to draw (in place on a terminal, a line a second in a log).
            progress?.Report(Progress(sent, shrinkSent, findings.Count, watch.Elapsed, done: false));
        }

        if (await api.LivenessAsync(cancellation) is { } dead)
        {
            findings.Add(new Finding(api.Api, dead, new ProbeRequest(api.Api, "-", "-", null, null), 0, new Dictionary<string, string>(), string.Empty));
        }

        watch.Stop();
        progress?.Report(Progress(sent, shrinkSent, findings.Count, watch.Elapsed, done: true));
        return new ApiExploration(api.Api, sent, shrinkSent, watch.Elapsed, Convert.ToHexStringLower(sequence.GetHashAndReset()), findings)
        {
            Statuses = statuses,
        };
    }

    private async Task<(Finding Finding, int Sent)> ShrinkAsync(Violation violation, Size size, Draft draft, ProbeRequest request, HttpResult answer, Stopwatch watch, CancellationToken cancellation)
    {
        // Seeded from the run seed and the check, so the same seed shrinks the same way.
        var pcg = new PCG(Stream(violation.Key), options.Seed);
        var best = new Shrunk(draft, request, answer, violation);
        var bestSize = size;
        var (sent, reproduced) = (0, 0);
        // --seconds bounds shrinking too: against a slow server 180 shrinking requests could outlast the limit many times.
        for (var draw = 0; draw < options.ShrinkDraws && sent < options.ShrinkSends && !Expired(watch); draw++)
        {
            var candidate = api.Cases.Generate(pcg, bestSize, out var candidateSize);
            if (!Size.IsLessThan(candidateSize, bestSize))
            {
                continue;
            }

            var (tried, again) = await TryAsync(candidate, violation, cancellation);
            if (!tried)
            {
                continue;
            }

            sent++;
            if (again is not null)
            {
                reproduced++;
                (best, bestSize) = (again, candidateSize);
            }
        }

        // Size shrinking leaves what the generator drew alongside the fault: delete it piece by piece. Each accepted
        // step restarts from the smaller body, so the loop ends when no single deletion still breaks the check.
        var limit = sent + options.DeleteSends;
        for (var smaller = true; smaller && sent < limit && !Expired(watch);)
        {
            smaller = false;
            foreach (var body in JsonDeletions.Of(best.Draft.Body))
            {
                if (sent >= limit || Expired(watch))
                {
                    break;
                }

                var (tried, again) = await TryAsync(best.Draft with { Body = body }, violation, cancellation);
                if (!tried)
                {
                    continue;
                }

                sent++;
                if (again is not null)
                {
                    (reproduced, best, smaller) = (reproduced + 1, again, true);
                    break;
                }
            }
        }

        var excerpt = best.Answer.Text.Length > 2000 ? best.Answer.Text[..2000] + "..." : best.Answer.Text;
        var finding = new Finding(api.Api, best.Violation, best.Request, best.Answer.Status, best.Answer.Headers, excerpt)
        {
            ShrinkTried = sent,
            ShrinkReproduced = reproduced,
        };
        return (finding, sent);
    }

    /// <summary>Sends a candidate unless the node guard refuses it; Again is set when the answer still breaks the check.</summary>
    private async Task<(bool Sent, Shrunk? Again)> TryAsync(Draft draft, Violation violation, CancellationToken cancellation)
    {
        if (api.Render(draft) is not { } candidate)
        {
            return (false, null);
        }

        var reply = await api.SendAsync(candidate, cancellation);
        return (true, api.Judge(candidate, reply).FirstOrDefault(v => v.Key == violation.Key) is { } again ? new Shrunk(draft, candidate, reply, again) : null);
    }

    private bool Expired(Stopwatch watch) => watch.Elapsed > options.Duration;

    private sealed record Shrunk(Draft Draft, ProbeRequest Request, HttpResult Answer, Violation Violation);

    private ExploreProgress Progress(int sent, int shrinkSent, int findings, TimeSpan elapsed, bool done) =>
        new(api.Api, sent, options.Budget, (sent + shrinkSent) / Math.Max(elapsed.TotalSeconds, 0.001), findings, done);

    private static uint Stream(string name) => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}
