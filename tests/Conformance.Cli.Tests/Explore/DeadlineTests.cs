using System.Diagnostics;
using Conformance.Engine.Explore;
using Conformance.Engine.Http;
using CsCheck;
using FluentAssertions;

namespace Conformance.Cli.Tests.Explore;

/// <summary>--seconds bounds the whole exploration of an API, shrinking included, against a slow server.</summary>
[TestFixture]
[Category("explore")]
public sealed class DeadlineTests
{
    [Test]
    public async Task Shrinking_stops_at_the_time_limit()
    {
        // Every answer takes 50 ms and only the first breaks the check: unbounded, shrinking would try 60 smaller requests (3 s).
        var slow = new SlowAndBroken(TimeSpan.FromMilliseconds(50));
        var watch = Stopwatch.StartNew();

        var result = await new Explorer(slow, new ExploreOptions(1000, TimeSpan.FromMilliseconds(300), 1)).RunAsync(CancellationToken.None);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1.5));
        result.Findings.Should().ContainSingle();
        result.ShrinkRequests.Should().BeLessThan(20);
    }

    private sealed class SlowAndBroken(TimeSpan delay) : IApiExplorer
    {
        public string Api => "slow";

        public Gen<Draft> Cases { get; } = Gen.Int[0, 1_000_000].Select(k => new Draft("PUT", "/x", $"{{\"a\":{k},\"b\":[1,2,3,4,5,6,7,8],\"c\":\"{new string('c', k % 50)}\"}}", "application/json"));

        public IReadOnlyList<string> Checks => ["always"];

        public ProbeRequest? Render(Draft draft) => new(Api, draft.Method, draft.Route, draft.Body, draft.ContentType);

        public async Task<HttpResult> SendAsync(ProbeRequest request, CancellationToken cancellation)
        {
            await Task.Delay(delay, cancellation);
            return new HttpResult(500, new Dictionary<string, string>(), [], delay);
        }

        private int _judged;

        public IReadOnlyList<Violation> Judge(ProbeRequest request, HttpResult answer) =>
            ++_judged == 1 ? [new("always", "X-1", "MUST", "broken")] : [];

        public Task<Violation?> LivenessAsync(CancellationToken cancellation) => Task.FromResult<Violation?>(null);
    }
}
