using Conformance.Engine;
using Conformance.Engine.Explore;
using Conformance.Engine.Explore.Output;
using Conformance.Engine.Http;
using Conformance.Engine.Packs;
using Conformance.Engine.Results;
using Conformance.Engine.Running;

namespace Conformance.Cli.Jobs;

/// <summary>One <c>conformance replay</c>: the file's plaintext request, with fresh credentials, and the answer printed (secrets masked).</summary>
internal sealed class ReplayJob(TextWriter output, TextWriter error)
{
    public async Task<int> ExecuteAsync(string file, RunRequest target, CancellationToken cancellation)
    {
        ProbeRequest probe = null!;
        return await TargetSession.RunAsync(
            () => target with { Api = (probe = ReplayFile.Read(file)).Api },
            new HttpOptions(),
            error,
            cancellation,
            session => PrintAsync(session, probe, cancellation));
    }

    private async Task<int> PrintAsync(TargetSession session, ProbeRequest probe, CancellationToken cancellation)
    {
        var answer = await SendAsync(session.Context, probe, session.Target.Packs, cancellation);
        var masker = session.Masker;
        await output.WriteLineAsync(masker.Apply($"{probe.Method} {probe.Path} -> {answer.Status}"));
        foreach (var (name, value) in answer.Headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            await output.WriteLineAsync($"{name}: {masker.ApplyHeader(name, value)}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync(masker.Apply(answer.Text));
        if (probe.RemovableUids.Count > 0)
        {
            // A finding that was accepted removed its node: on the same target the replay meets it gone or busy.
            await output.WriteLineAsync($"note: the request names removable node(s) {string.Join(", ", probe.RemovableUids)}; if the target accepted it before, expect 404 or 429 now");
        }

        return ExitCodes.Conformant;
    }

    /// <summary>Sends through the same clients explore used, so the request is encrypted or signed exactly as then.</summary>
    public static async Task<HttpResult> SendAsync(RunContext run, ProbeRequest probe, PackList packs, CancellationToken cancellation)
    {
        var pack = packs.Find(probe.Api) ?? throw new ConfigurationException($"replay file names api '{probe.Api}': expected {packs.Alternatives}");
        using var sender = pack.Explore.Sender(run);
        return await sender.SendAsync(probe, cancellation);
    }
}
