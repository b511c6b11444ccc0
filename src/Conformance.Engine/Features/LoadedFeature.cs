using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace Conformance.Engine.Features;

/// <summary>A parsed .feature file: the Reqnroll FeatureInfo (one object per run, the runtime compares by reference) and its pickles.</summary>
public sealed class LoadedFeature
{
    internal LoadedFeature(string relativePath, FeatureInfo info, GherkinDocument document, IReadOnlyList<Pickle> pickles)
    {
        RelativePath = relativePath;
        Info = info;
        Document = document;
        Pickles = pickles;
    }

    /// <summary>Path relative to the suite root, with forward slashes (e.g. features/x/scale_in.feature).</summary>
    public string RelativePath { get; }

    public FeatureInfo Info { get; }

    public GherkinDocument Document { get; }

    public IReadOnlyList<Pickle> Pickles { get; }

    public string Title => Document.Feature.Name;

    /// <summary>Node-id lookups into the AST, built once per feature rather than once per scenario.</summary>
    internal AstIndex Index => _index ??= AstIndex.Of(Document);

    private AstIndex? _index;
}
