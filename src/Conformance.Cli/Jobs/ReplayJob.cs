using Conformance.Cli.Explore;
using Conformance.Cli.Explore.Cce;
using Conformance.Cli.Explore.Obshell;
using Conformance.Cli.Explore.Output;
using Conformance.Engine;
using Conformance.Engine.Http;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;

namespace Conformance.Cli.Jobs;

/// <summary>One <c>conformance replay</c>: the file's plaintext request, with fresh credentials, and the answer printed (secrets masked).</summary>
internal sealed class ReplayJob(TextWriter output, TextWriter error)
{
    public async Task<int> ExecuteAsync(string file, RunRequest target, CancellationToken cancellation)
    {
        ResolvedTarget? resolved = null;
        try
        {
            var probe = ReplayFile.Read(file);
            resolved = TargetResolver.Resolve(target with { Api = probe.Api });
            var secrets = new SecretStore(new SecretMasker(), resolved.SecretFallback);
            secrets.ResolveAll(resolved.Profile);
            using var http = new TargetHttp(new HttpOptions());
            var run = new RunContext
            {
                Profile = resolved.Profile,
                Secrets = secrets,
                Http = http,
                Schemas = new SchemaValidator(SuiteLocator.Find(null)),
                Cancellation = cancellation,
            };
            var answer = await SendAsync(run, probe, cancellation);
            var masker = secrets.Masker;
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
        catch (ConfigurationException e)
        {
            await error.WriteLineAsync($"configuration error: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (TargetUnreachableException e)
        {
            await error.WriteLineAsync($"could not run: {e.Message}");
            return ExitCodes.TargetUnreachable;
        }
        finally
        {
            resolved?.EmbeddedStub?.Dispose();
        }
    }

    /// <summary>Sends through the same clients explore used, so the request is encrypted or signed exactly as then.</summary>
    public static async Task<HttpResult> SendAsync(RunContext run, ProbeRequest probe, CancellationToken cancellation)
    {
        switch (probe.Api)
        {
            case "cce":
                return await new CceSender(run).SendAsync(probe, cancellation);
            case "obshell":
                using (var sender = new ObshellSender(run))
                {
                    return await sender.SendAsync(probe, cancellation);
                }

            default:
                throw new ConfigurationException($"replay file names api '{probe.Api}': expected obshell or cce");
        }
    }
}
