using System.Reflection;
using Conformance.Engine.Features;
using Conformance.Engine.Results;
using Reqnroll;
using Reqnroll.Tracing;

namespace Conformance.Engine.Running;

/// <summary>One Reqnroll test run: started once, runs test cases one at a time, and ended once (which writes the formatter reports).</summary>
public sealed class SuiteSession : IAsyncDisposable
{
    private readonly Assembly _testAssembly;
    private readonly HarnessContainerBuilder _builder;
    private readonly ScenarioExecutor _executor;

    private SuiteSession(RunContext context, IReadOnlyList<Assembly> bindingAssemblies, ITraceListener trace)
    {
        Context = context;
        _testAssembly = bindingAssemblies[0];
        _builder = new HarnessContainerBuilder(context, trace, bindingAssemblies.Skip(1).ToList());
        _executor = new ScenarioExecutor(_testAssembly, _builder);
    }

    private const string TelemetryVariable = "REQNROLL_TELEMETRY_ENABLED";

    public RunContext Context { get; }

    /// <param name="bindingAssemblies">The assemblies holding step bindings; the first is the one Reqnroll treats as the test assembly.</param>
    public static async Task<SuiteSession> StartAsync(RunContext context, IReadOnlyList<Assembly> bindingAssemblies, ITraceListener? trace = null)
    {
        if (bindingAssemblies.Count == 0)
        {
            throw new ArgumentException("at least one binding assembly is needed", nameof(bindingAssemblies));
        }

        // Reqnroll would otherwise send usage analytics over the network on every run; a conformance gate has no business doing so.
        if (Environment.GetEnvironmentVariable(TelemetryVariable) is null)
        {
            Environment.SetEnvironmentVariable(TelemetryVariable, "0");
        }

        var session = new SuiteSession(context, bindingAssemblies, trace ?? new SilentTraceListener());
        await TestRunnerManager.OnTestRunStartAsync(session._testAssembly, session._builder);
        return session;
    }

    public async Task<ScenarioResult> RunAsync(ScenarioCase c)
    {
        ScenarioResult result;
        try
        {
            result = await _executor.RunAsync(c);
        }
        catch (Exception e)
        {
            // The runtime itself failed (a binding error, a broken hook): the case fails with the reason, the run goes on.
            result = new ScenarioResult(c, ScenarioStatus.Failed, TimeSpan.Zero, $"the harness could not execute the scenario: {e.Message}");
        }

        // A failure message quotes what the target said, and a hostile target may say a secret back: mask it here,
        // before the message reaches the console, junit.xml or any other report.
        var masker = Context.Secrets.Masker;
        return result with
        {
            Message = result.Message is null ? null : masker.Apply(result.Message),
            FailedStep = result.FailedStep is null ? null : masker.Apply(result.FailedStep),
            FixtureLog = result.FixtureLog.Select(masker.Apply).ToList(),
        };
    }

    public async ValueTask DisposeAsync() => await TestRunnerManager.OnTestRunEndAsync(_testAssembly, _builder);
}
