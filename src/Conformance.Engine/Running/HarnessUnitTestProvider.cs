using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace Conformance.Engine.Running;

/// <summary>The unit-test provider Reqnroll asks for; maps "not run" signals so they are not counted as failures.</summary>
internal sealed class HarnessUnitTestProvider : IUnitTestRuntimeProvider
{
    public void TestPending(string message) => throw new NotRunException($"pending: {message}");

    public void TestInconclusive(string message) => throw new NotRunException(message);

    public void TestIgnore(string message) => throw new NotRunException(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) =>
        exception is NotRunException ? ScenarioExecutionStatus.Skipped : null;
}
