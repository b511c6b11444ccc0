using Conformance.Cce.Explore;
using Conformance.Engine.Explore;
using Conformance.Engine.Http;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;
using Conformance.Stub;
using CsCheck;
using FluentAssertions;

namespace Conformance.Cli.Tests.Explore;

/// <summary>A target that stops answering mid-way ends that API's exploration with its last request kept as the finding.</summary>
[TestFixture]
[Category("explore")]
public sealed class StoppedAnsweringTests
{
    [Test]
    public async Task The_request_after_which_the_target_went_silent_is_kept()
    {
        var stub = ReferenceStub.Start();
        using var http = new TargetHttp(new HttpOptions { ConnectTimeout = TimeSpan.FromSeconds(1), RequestTimeout = TimeSpan.FromSeconds(2) });
        var run = new RunContext
        {
            Profile = StubProfile.Create(stub.Url),
            Secrets = new SecretStore(new SecretMasker(), StubProfile.DefaultSecrets),
            Http = http,
            Schemas = new SchemaValidator(Jobs.SuiteLocator.Find(null)),
        };
        var dying = new DiesAfter(new CceExplorer(run, int.MaxValue), 20, stub);

        var result = await new Explorer(dying, new ExploreOptions(100, null, 5)).RunAsync(CancellationToken.None);

        result.Stopped.Should().BeTrue();
        result.Requests.Should().Be(20);
        result.Findings[^1].Violation.Check.Should().Be(Explorer.StoppedAnswering);
        result.Findings[^1].Request.Should().BeSameAs(dying.Last);
    }

    /// <summary>Stops the stub once it has answered a number of requests, like a server a request brought down.</summary>
    private sealed class DiesAfter(IApiExplorer inner, int answers, IDisposable stub) : IApiExplorer
    {
        private int _sent;

        public ProbeRequest? Last { get; private set; }

        public string Api => inner.Api;

        public Gen<Draft> Cases => inner.Cases;

        public IReadOnlyList<string> Checks => inner.Checks;

        public ProbeRequest? Render(Draft draft) => inner.Render(draft);

        public async Task<HttpResult> SendAsync(ProbeRequest request, CancellationToken cancellation)
        {
            Last = request;
            if (++_sent > answers)
            {
                stub.Dispose();
            }

            return await inner.SendAsync(request, cancellation);
        }

        public IReadOnlyList<Violation> Judge(ProbeRequest request, HttpResult answer) => [];

        public Task<Violation?> LivenessAsync(CancellationToken cancellation) => inner.LivenessAsync(cancellation);
    }
}
