using System.Reflection;
using Reqnroll.Bindings;
using Reqnroll.BoDi;
using Reqnroll.Configuration;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

namespace Conformance.Engine.Running;

/// <summary>
/// Wires the harness into Reqnroll without a generated plugin attribute: registers the unit-test provider,
/// the run's context for injection into bindings, the trace listener, and the binding assemblies.
/// </summary>
internal sealed class HarnessContainerBuilder(RunContext context, ITraceListener trace, IReadOnlyList<Assembly> bindingAssemblies)
    : ContainerBuilder(new DefaultDependencyProvider())
{
    public const string ProviderName = "conformance";

    protected override void LoadPlugins(
        IRuntimeConfigurationProvider configurationProvider,
        ObjectContainer container,
        RuntimePluginEvents runtimePluginEvents,
        ReqnrollConfiguration reqnrollConfiguration,
        UnitTestProviderConfiguration unitTestProviderConfiguration,
        Assembly testAssembly)
    {
        // Registered before the base call: loading plugins already writes to the trace listener.
        container.RegisterInstanceAs(trace);
        base.LoadPlugins(configurationProvider, container, runtimePluginEvents, reqnrollConfiguration, unitTestProviderConfiguration, testAssembly);
        runtimePluginEvents.RegisterGlobalDependencies += (_, e) =>
            e.ObjectContainer.RegisterTypeAs<HarnessUnitTestProvider, IUnitTestRuntimeProvider>(ProviderName);
        runtimePluginEvents.ConfigurationDefaults += (_, e) => AddBindingAssemblies(e.ReqnrollConfiguration);
        runtimePluginEvents.CustomizeGlobalDependencies += (_, e) =>
        {
            AddBindingAssemblies(e.ReqnrollConfiguration);
            e.ObjectContainer.RegisterInstanceAs(context);
            e.ObjectContainer.RegisterTypeAs<CachingBindingInvoker, IAsyncBindingInvoker>();
        };
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, e) => e.ObjectContainer.RegisterInstanceAs(trace);
        unitTestProviderConfiguration.UseUnitTestProvider(ProviderName);
    }

    private void AddBindingAssemblies(ReqnrollConfiguration configuration)
    {
        foreach (var assembly in bindingAssemblies)
        {
            var name = assembly.GetName().Name!;
            if (!configuration.AdditionalStepAssemblies.Contains(name))
            {
                configuration.AdditionalStepAssemblies.Add(name);
            }
        }
    }
}
