using Reqnroll.Tracing;

namespace Conformance.Engine.Running;

/// <summary>
/// Drops Reqnroll's step trace: it would otherwise go to the console, and the harness reports each case itself
/// (progress line, junit.xml, the reports), with secrets masked.
/// </summary>
internal sealed class SilentTraceListener : ITraceListener
{
    public void WriteTestOutput(string message)
    {
    }

    public void WriteToolOutput(string message)
    {
    }
}
