using System.Collections.Concurrent;
using Conformance.Engine.Http;
using Conformance.Engine.Profiles;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;

namespace Conformance.Engine.Running;

/// <summary>Everything a run shares with its bindings, injected by Reqnroll: the target, its secrets, the HTTP client, the schemas.</summary>
public sealed class RunContext
{
    private readonly ConcurrentDictionary<Type, object> _services = new();

    public required TargetProfile Profile { get; init; }

    public required SecretStore Secrets { get; init; }

    public required TargetHttp Http { get; init; }

    public required SchemaValidator Schemas { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public CancellationToken Cancellation { get; init; }

    /// <summary>APIs whose removals outlived their bound: later waits on them are not-run instead of repeated.</summary>
    public Blockers Blockers { get; } = new();

    /// <summary>A run-wide object of one type (e.g. a fixture pool), created on first use.</summary>
    public T Shared<T>(Func<RunContext, T> create)
        where T : class => (T)_services.GetOrAdd(typeof(T), _ => create(this));

    /// <summary>Every run-wide object that is a <typeparamref name="T"/>, whatever type it was shared as.</summary>
    public IEnumerable<T> SharedOfType<T>() => _services.Values.OfType<T>();

    /// <summary>The run-wide object of one type, when a scenario created it.</summary>
    public T? SharedOrNull<T>()
        where T : class => _services.TryGetValue(typeof(T), out var o) ? (T)o : null;
}
