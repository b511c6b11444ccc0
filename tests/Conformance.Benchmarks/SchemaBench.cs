using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Conformance.Engine.Schemas;

namespace Conformance.Benchmarks;

/// <summary>
/// Section 3: schema validation through the harness's <see cref="SchemaValidator"/> (schemas parsed once by NJsonSchema
/// and cached; evaluated over System.Text.Json) and through NJsonSchema's own validator, against parsing the same text
/// with System.Text.Json as the baseline.
/// </summary>
[MemoryDiagnoser]
public class SchemaBench
{
    /// <summary>Set before BenchmarkDotNet runs (the in-process toolchain shares statics).</summary>
    public static string SuiteRoot { get; set; } = "";

    public static string EnvelopeJson { get; set; } = "";

    public static string DagDetailJson { get; set; } = "";

    private SchemaValidator _validator = null!;

    [Params("envelope", "DagDetailDTO")]
    public string Payload { get; set; } = "envelope";

    private string _json = "";
    private string _schema = "";

    [GlobalSetup]
    public void Setup()
    {
        _validator = new SchemaValidator(SuiteRoot);
        (_json, _schema) = Payload == "envelope"
            ? (EnvelopeJson, "obshell/envelope.schema.json")
            : (DagDetailJson, "obshell/dag-detail.schema.json");
        if (_validator.Validate(_schema, _json).Count > 0)
        {
            throw new InvalidOperationException($"{Payload} does not validate: {string.Join("; ", _validator.Validate(_schema, _json))}");
        }
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        using var doc = JsonDocument.Parse(_json);
        return doc.RootElement.GetArrayLength_Safe();
    }

    [Benchmark]
    public int Validate() => _validator.Validate(_schema, _json).Count;

    [Benchmark]
    public int NJsonSchemaValidator() => _validator.ValidateWithNJsonSchema(_schema, _json).Count;
}

internal static class JsonElementExtensions
{
    public static int GetArrayLength_Safe(this JsonElement e) => e.ValueKind == JsonValueKind.Array ? e.GetArrayLength() : (int)e.ValueKind;
}
