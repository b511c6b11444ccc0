using System.Text;
using Conformance.Engine.Features;
using Conformance.Engine.Http;
using Conformance.Engine.Reports;
using Conformance.Engine.Results;
using Conformance.Engine.Running;
using Conformance.Engine.Schemas;
using Conformance.Engine.Secrets;
using FluentAssertions;

namespace Conformance.Engine.Tests.Running;

/// <summary>A target that says a secret back must not get it into a failure message, the console or junit.xml.</summary>
public sealed class EchoedSecretTests
{
    private const string Canary = "Canary-Token-4d2b9e71";

    [Test]
    public async Task A_secret_quoted_in_a_failure_message_is_masked()
    {
        var root = DemoSuite.CopyWith(("echo.feature", "Feature: Echo\n  @req:DEMO-010 @must\n  Scenario: the target says the token back\n    Then the target quotes the secret in DEMO_TOKEN\n"));
        try
        {
            using var http = new TargetHttp(new HttpOptions());
            var context = new RunContext
            {
                Profile = DemoSuite.Profile,
                Secrets = new SecretStore(new SecretMasker(), new Dictionary<string, string> { ["DEMO_TOKEN"] = Canary }),
                Http = http,
                Schemas = new SchemaValidator(root),
            };
            await using var session = await SuiteSession.StartAsync(context, [typeof(DemoSuite).Assembly]);
            var run = await ConformanceRun.ExecuteAsync(session, FeatureLoader.Load(root), new RunOptions());

            var failed = run.Results.Should().ContainSingle(r => r.Status == ScenarioStatus.Failed).Subject;
            failed.Message.Should().Be($"the target answered: token={SecretMasker.Mask}");
            var junit = JUnitWriter.Render(run);
            junit.Should().NotContain(Canary).And.NotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(Canary)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
