using Conformance.Obshell.Stub;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Stub;

/// <summary>One stub per fixture class, reset before every test; the clock starts at a fixed instant.</summary>
public abstract class StubTestBase
{
    protected ManualTimeProvider Time { get; } = new(new DateTimeOffset(2024, 12, 23, 11, 38, 38, 107, TimeSpan.Zero).AddTicks(6999));
    protected StubHost Host { get; private set; } = null!;
    protected ObshellTestClient Client { get; private set; } = null!;
    protected ObshellStubFixtures F => Host.Stub.Fixtures;

    [OneTimeSetUp]
    public void StartStub()
    {
        Host = new StubHost(new ObshellStubOptions { TimeProvider = Time });
        Client = Host.Client(Time);
    }

    [OneTimeTearDown]
    public void StopStub()
    {
        Client.Dispose();
        Host.Dispose();
    }

    [SetUp]
    public void CleanState() => Host.Stub.Reset();

    protected static void ShouldFail(ObshellAnswer answer, int status, string errCode)
    {
        answer.Status.Should().Be(status, answer.Body);
        answer.ErrCode.Should().Be(errCode);
        answer.Json!["data"].Should().BeNull();
        answer.Json!["successful"]!.GetValue<bool>().Should().BeFalse();
    }

    /// <summary>Polls until the DAG is terminal; the stub moves one step per poll.</summary>
    protected async Task<ObshellAnswer> PollToEndAsync(string genericId, bool details = true)
    {
        for (var i = 0; i < 20; i++)
        {
            var answer = await Client.PollAsync(genericId, details);
            SchemaCatalog.AssertValid("dag-envelope", answer.Body);
            if (answer.Data["state"]!.GetValue<string>() is "SUCCEED" or "FAILED")
            {
                return answer;
            }
        }

        throw new AssertionException("DAG did not finish in 20 polls");
    }
}
