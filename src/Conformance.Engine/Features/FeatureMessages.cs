using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.RuntimeSupport;

namespace Conformance.Engine.Features;

/// <summary>Gives Reqnroll's formatters the source, AST and pickles that generated code would normally embed.</summary>
internal sealed class FeatureMessages(Source source, GherkinDocument document, IReadOnlyList<Pickle> pickles) : IFeatureLevelCucumberMessages
{
    public bool HasMessages => true;

    public Source Source { get; } = source;

    public GherkinDocument GherkinDocument { get; } = document;

    public IEnumerable<Pickle> Pickles { get; } = pickles;
}
