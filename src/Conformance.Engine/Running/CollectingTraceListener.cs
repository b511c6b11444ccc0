using System.Collections.Concurrent;
using Reqnroll.Tracing;

namespace Conformance.Engine.Running;

/// <summary>Keeps Reqnroll's step trace off the console; the front end decides what to show.</summary>
public sealed class CollectingTraceListener : ITraceListener
{
    private readonly ConcurrentQueue<string> _lines = new();

    public Action<string>? Echo { get; init; }

    public IEnumerable<string> Lines => _lines;

    public void WriteTestOutput(string message)
    {
        _lines.Enqueue(message);
        Echo?.Invoke(message);
    }

    public void WriteToolOutput(string message)
    {
        _lines.Enqueue(message);
        Echo?.Invoke(message);
    }
}
