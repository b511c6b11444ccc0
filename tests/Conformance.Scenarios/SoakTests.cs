using System.Diagnostics;
using Conformance.Stub;

namespace Conformance.Scenarios;

/// <summary>
/// A short soak: ~3000 mixed requests from 8 concurrent clients against one reference stub; every answer must be the
/// expected one, the process's managed memory must stay steady, and the stub's state must not grow.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("soak")]
public sealed class SoakTests
{
    private const int Clients = 8;
    private const int WarmUp = 500;
    private const int Total = 3000;
    /// <summary>Generous against GC noise (growth is ~0.2 MB), tight enough for WireMock's unbounded request log (+11 MB here).</summary>
    private const long AllowedGrowthBytes = 8L * 1024 * 1024;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    [Test]
    public async Task Three_thousand_mixed_requests_leave_memory_and_state_steady()
    {
        using var stub = ReferenceStub.Start();
        using var http = new HttpClient { BaseAddress = new Uri(stub.Url), Timeout = TimeSpan.FromSeconds(10) };
        var members = stub.Obshell.Members.Count;
        var nodes = stub.Cce.CurrentNodes().Count;

        await RunAsync(http, stub.Obshell.PublicKeyBase64, 0, WarmUp, Stopwatch.StartNew());
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var done = await RunAsync(http, stub.Obshell.PublicKeyBase64, WarmUp, Total, clock);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        TestContext.Out.WriteLine($"{done} requests after warm-up in {clock.Elapsed.TotalSeconds:0.0} s; managed memory {before / 1024} KB -> {after / 1024} KB");
        Assert.That(done, Is.GreaterThanOrEqualTo(1000), "the soak ran long enough to mean something");
        Assert.That(after - before, Is.LessThan(AllowedGrowthBytes));
        Assert.That(stub.Obshell.DagCount, Is.Zero, "no request of the mix creates a DAG");
        Assert.That(stub.Cce.JobCount, Is.Zero, "no request of the mix creates a job");
        Assert.That(stub.Obshell.Members, Has.Count.EqualTo(members));
        Assert.That(stub.Cce.CurrentNodes(), Has.Count.EqualTo(nodes));
    }

    /// <summary>Requests [from, to) shared out over the clients; stops early when the time budget is spent.</summary>
    private static async Task<int> RunAsync(HttpClient http, string publicKey, int from, int to, Stopwatch clock)
    {
        var next = from - 1;
        var done = 0;
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            using var requests = new SoakRequests(http, publicKey);
            for (var i = Interlocked.Increment(ref next); i < to && clock.Elapsed < Budget; i = Interlocked.Increment(ref next))
            {
                var (expected, actual) = await requests.SendAsync(i % SoakRequests.Kinds);
                if (expected != actual)
                {
                    wrong.Add($"request {i} (kind {i % SoakRequests.Kinds}): expected {expected}, got {actual}");
                }

                Interlocked.Increment(ref done);
            }
        }));
        Assert.That(wrong, Is.Empty);
        return done;
    }
}
