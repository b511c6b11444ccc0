using System.Globalization;
using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace Conformance.Engine.Features;

/// <summary>Parses the suite's .feature files at run time, as the code-behind generator would at build time.</summary>
public static class FeatureLoader
{
    /// <summary>Loads every features/**/*.feature under <paramref name="suiteRoot"/>, sorted by path for a stable order.</summary>
    public static FeatureSet Load(string suiteRoot)
    {
        var featuresDir = Path.Combine(suiteRoot, "features");
        if (!Directory.Exists(featuresDir))
        {
            throw new ConfigurationException($"features folder not found: {featuresDir} (expected the suite root to contain features/)");
        }

        var files = Directory.EnumerateFiles(featuresDir, "*.feature", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(suiteRoot, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);
        var ids = new IncrementingIdGenerator();
        var features = new List<LoadedFeature>();
        var cases = new List<ScenarioCase>();
        var problems = new List<SuiteProblem>();
        foreach (var relative in files)
        {
            var text = File.ReadAllText(Path.Combine(suiteRoot, relative));
            var feature = Parse(relative, text, ids, problems);
            if (feature is null)
            {
                continue;
            }

            features.Add(feature);
            cases.AddRange(ScenarioCaseBuilder.Build(feature, problems));
        }

        var catalogues = Catalogue.CatalogueLoader.Load(suiteRoot, problems);
        problems.AddRange(Catalogue.TraceabilityCheck.Check(cases, catalogues));
        return new FeatureSet(suiteRoot, features, cases, problems) { Catalogues = catalogues };
    }

    private static LoadedFeature? Parse(string relative, string text, IIdGenerator ids, List<SuiteProblem> problems)
    {
        Gherkin.Ast.GherkinDocument ast;
        try
        {
            ast = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException e)
        {
            problems.AddRange(e.Errors.Select(err => Problem(relative, err)));
            return null;
        }
        catch (ParserException e)
        {
            problems.Add(Problem(relative, e));
            return null;
        }

        if (ast.Feature is null)
        {
            problems.Add(new SuiteProblem(relative, 1, 1, "the file has no Feature"));
            return null;
        }

        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, relative);
        var pickles = new PickleCompiler(ids).Compile(document);
        var source = new Source(relative, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN);
        var messages = new FeatureMessages(source, document, pickles);
        var featureTags = document.Feature.Tags.Select(t => t.Name.TrimStart('@')).ToArray();
        var info = new FeatureInfo(
            SpecificCulture(document.Feature.Language),
            Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? string.Empty,
            document.Feature.Name,
            document.Feature.Description,
            ProgrammingLanguage.CSharp,
            featureTags,
            messages);
        return new LoadedFeature(relative, info, document, pickles);
    }

    /// <summary>
    /// The feature's language as a specific culture ("en" becomes en-US): Reqnroll caches its keyword translations by
    /// specific culture only, and for a neutral one rebuilt the Gherkin dialect on every step (about 40 us each).
    /// </summary>
    internal static CultureInfo SpecificCulture(string? language) =>
        CultureInfo.GetCultureInfo(CultureInfo.CreateSpecificCulture(string.IsNullOrEmpty(language) ? "en" : language).Name);

    private static SuiteProblem Problem(string relative, ParserException e)
    {
        var message = e.Message;

        // Gherkin prefixes its message with "(line:col): "; the location is reported separately.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && close > 0)
        {
            message = message[(close + 3)..];
        }

        return new SuiteProblem(relative, e.Location?.Line ?? 0, e.Location?.Column ?? 0, message);
    }
}
