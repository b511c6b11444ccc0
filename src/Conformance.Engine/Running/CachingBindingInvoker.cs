using System.Collections.Concurrent;
using System.Reflection;
using Reqnroll.Bindings;
using Reqnroll.Configuration;
using Reqnroll.EnvironmentAccess;
using Reqnroll.ErrorHandling;

namespace Conformance.Engine.Running;

/// <summary>Reqnroll's binding invoker, keeping each step method's compiled call delegate for the life of the process.</summary>
/// <remarks>
/// Reqnroll compiles an expression tree per step method (about a millisecond each) and keeps it per session only, so
/// every session in one process (the NUnit front end, the deviation runs, the benchmark) paid for it again. The
/// delegate depends on the method alone, so sharing it across sessions changes nothing else.
/// </remarks>
internal sealed class CachingBindingInvoker(
    ReqnrollConfiguration configuration,
    IErrorProvider errorProvider,
    IBindingDelegateInvoker delegateInvoker,
    IEnvironmentOptions environmentOptions)
    : BindingInvoker(configuration, errorProvider, delegateInvoker, environmentOptions)
{
    private static readonly ConcurrentDictionary<MethodInfo, Delegate> Compiled = new();

    protected override Delegate CreateMethodDelegate(MethodInfo method) => Compiled.GetOrAdd(method, base.CreateMethodDelegate);
}
