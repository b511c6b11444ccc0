using Conformance.Engine;
using Conformance.Engine.Http;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;

namespace Conformance.Cli.Jobs;

/// <summary>A resolved target with its secrets and HTTP client as the <see cref="RunContext"/> run, explore and replay share; disposing closes the client.</summary>
internal sealed class TargetSession : IDisposable
{
    private TargetSession(ResolvedTarget target, RunContext context) => (Target, Context) = (target, context);

    public ResolvedTarget Target { get; }

    public RunContext Context { get; }

    public SecretMasker Masker => Context.Secrets.Masker;

    public static TargetSession Open(ResolvedTarget target, HttpOptions http, string suiteRoot, CancellationToken cancellation)
    {
        var secrets = new SecretStore(new SecretMasker(), target.SecretFallback);
        secrets.ResolveAll(target.Profile);
        return new TargetSession(target, new RunContext
        {
            Profile = target.Profile,
            Secrets = secrets,
            Http = new TargetHttp(http),
            Schemas = new SchemaValidator(suiteRoot),
            Cancellation = cancellation,
        });
    }

    /// <summary>
    /// Explore and replay: resolves the target, opens a session and runs <paramref name="job"/> in it; a configuration error
    /// (<paramref name="request"/> included, which is read inside) is exit 2, an unreachable target exit 3, and an embedded
    /// stub is stopped afterwards either way.
    /// </summary>
    public static async Task<int> RunAsync(Func<RunRequest> request, HttpOptions http, TextWriter error, CancellationToken cancellation, Func<TargetSession, Task<int>> job)
    {
        ResolvedTarget? target = null;
        try
        {
            var asked = request();
            target = TargetResolver.Resolve(asked);
            using var session = Open(target, http, SuiteLocator.Find(asked.SuiteRoot), cancellation);
            return await job(session);
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
            target?.EmbeddedStub?.Dispose();
        }
    }

    public void Dispose() => Context.Http.Dispose();
}
