using System.Text.RegularExpressions;
using Conformance.Engine.Schemas;
using Conformance.Testing;
using CsCheck;
using FluentAssertions;

namespace Conformance.Engine.Tests.Schemas;

/// <summary>The fast evaluator against NJsonSchema's own validator: the same violations, in the same order, for every schema.</summary>
public sealed class SchemaEvaluatorTests
{
    private static readonly string Root = SourceTree.Root;

    private static IEnumerable<string> Schemas() =>
        Directory.EnumerateFiles(Path.Combine(Root, "schemas"), "*.schema.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(Root, "schemas"), f).Replace('\\', '/'))
            .Order();

    [TestCaseSource(nameof(Schemas))]
    public void Agrees_with_NJsonSchema_on_fuzzed_bodies(string schema)
    {
        var validator = new SchemaValidator(Root);
        var text = File.ReadAllText(Path.Combine(Root, "schemas", schema));
        // The schema's own names and words, so that fuzzed objects often get far into it before they break it.
        var keys = Regex.Matches(text, "\"([A-Za-z_][A-Za-z0-9_]*)\"\\s*:").Select(m => m.Groups[1].Value).Distinct().ToList();
        var words = Regex.Matches(text, "\"([^\"\\\\]{0,40})\"").Select(m => m.Groups[1].Value).Distinct().ToArray();
        var gen = FuzzJson.Values(keys, Gen.OneOf(Gen.OneOf(words.Select(Gen.Const).ToArray()), Gen.String[0, 8]), 3);
        gen.Sample(json =>
        {
            var fast = validator.Validate(schema, json);
            IReadOnlyList<string> reference;
            try
            {
                reference = validator.ValidateWithNJsonSchema(schema, json);
            }
            catch (InvalidCastException)
            {
                // NJsonSchema cannot compare an integer beyond a decimal (18446744073709551616) with a bound; the
                // evaluator compares it as a double, as NJsonSchema does for a float that large.
                return;
            }

            fast.Should().Equal(reference, $"both validators judge {json} against {schema}");
        }, iter: 400);
    }

    // Nullable arrays of objects holding nullable arrays: NJsonSchema tries each allowed type, the evaluator once.
    [TestCase("obshell/dag-detail.schema.json", """{"id": "12", "nodes": [{"id": 5, "sub_tasks": [{"id": "x", "state": "NOPE"}, null]}, null, 3]}""")]
    [TestCase("obshell/dag-detail.schema.json", """{"nodes": "none", "additional_data": []}""")]
    [TestCase("cce/job.schema.json", """{"kind": "Job", "spec": {"subJobs": [{"status": {"phase": -0}}, {"spec": {"subJobs": [1]}}]}}""")]
    public void Agrees_with_NJsonSchema_on_nested_errors(string schema, string json)
    {
        var validator = new SchemaValidator(Root);

        var fast = validator.Validate(schema, json);

        fast.Should().NotBeEmpty().And.Equal(validator.ValidateWithNJsonSchema(schema, json));
    }

    [Test]
    public void A_body_that_is_not_JSON_is_one_violation_naming_the_parse_error()
    {
        var errors = new SchemaValidator(Root).Validate("cce/job.schema.json", "{\"kind\": ");

        errors.Should().ContainSingle().Which.Should().StartWith("$: not JSON (");
    }

    [Test]
    public void A_schema_with_a_keyword_the_evaluator_does_not_know_stays_with_NJsonSchema()
    {
        var dir = Directory.CreateTempSubdirectory("conformance-schema-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "schemas"));
            File.WriteAllText(Path.Combine(dir.FullName, "schemas", "pattern.schema.json"),
                """{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "patternProperties": {"^x": {"type": "integer"}}}""");
            var validator = new SchemaValidator(dir.FullName);

            validator.Validate("pattern.schema.json", """{"xa": "s"}""").Should().Equal("$.xa: AdditionalPropertiesNotValid", "$.xa: IntegerExpected");
            validator.Validate("pattern.schema.json", """{"xa": 1, "y": "s"}""").Should().BeEmpty();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
