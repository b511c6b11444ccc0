using Conformance.Engine.Features;

namespace Conformance.Engine.Tests.Features;

/// <summary>The culture a loaded feature hands Reqnroll.</summary>
public sealed class FeatureLanguageTests
{
    [Test]
    public void A_feature_without_a_language_line_runs_under_a_specific_english_culture()
    {
        // Reqnroll caches keyword translations per specific culture; under the neutral "en" it rebuilt the Gherkin
        // dialect on every step.
        var suite = FeatureLoader.Load(DemoSuite.Root);

        Assert.That(suite.Features, Is.Not.Empty);
        Assert.That(suite.Features.Select(f => f.Info.Language.Name), Is.All.EqualTo("en-US"));
    }

    [Test]
    public void A_declared_language_keeps_its_own_specific_culture()
    {
        var root = DemoSuite.CopyWith(("german.feature", """
            # language: de
            @req:DEMO-001 @must
            Funktionalität: Deutsch
              Szenario: eins
                Angenommen the demo passes
            """));
        try
        {
            var suite = FeatureLoader.Load(root);

            Assert.That(suite.Features.Single(f => f.RelativePath.EndsWith("german.feature", StringComparison.Ordinal)).Info.Language.Name, Is.EqualTo("de-DE"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
