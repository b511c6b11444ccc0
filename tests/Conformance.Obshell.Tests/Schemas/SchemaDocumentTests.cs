using System.Text.Json;
using Conformance.Obshell.Tests.Support;

namespace Conformance.Obshell.Tests.Schemas;

public class SchemaDocumentTests
{
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(RepoPaths.ObshellSchemas, "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order();

    [TestCaseSource(nameof(Names))]
    public void Loads_and_reads_as_a_specification(string name)
    {
        SchemaCatalog.Get(name).Should().NotBeNull();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.ObshellSchemas, name + ".schema.json")));
        doc.RootElement.TryGetProperty("$id", out _).Should().BeFalse();
        doc.RootElement.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        doc.RootElement.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
        doc.RootElement.GetProperty("$schema").GetString().Should().Be("http://json-schema.org/draft-07/schema#");
    }

    [Test]
    public void The_page_example_answer_is_a_valid_dag_answer()
    {
        const string page = """
            {"successful":true,"timestamp":"2024-12-23T19:38:38.10769991+08:00","duration":101,"status":200,"traceId":"50c6e85c24a30919",
             "data":{"id":"11","dag_id":1,"name":"Cluster scale in","stage":1,"max_stage":5,"state":"READY","operator":"RUN",
             "start_time":"0001-01-01T00:00:00Z","end_time":"0001-01-01T00:00:00Z","additional_data":null,"nodes":null}}
            """;
        SchemaCatalog.Errors("dag-envelope", page).Should().BeEmpty();
    }

    [TestCase("0001-01-01T00:00:00Z", true)]
    [TestCase("2024-12-23T19:38:38.123456789+08:00", true)]
    [TestCase("2024-12-23T19:38:38.1Z", true)]
    [TestCase("2024-12-23T19:38:38.1234567891Z", false)]
    [TestCase("2024-12-23 19:38:38Z", false)]
    [TestCase("2024-12-23T19:38:38", false)]
    public void Timestamps_follow_rfc3339(string timestamp, bool valid)
    {
        var json = $$$"""{"successful":false,"timestamp":"{{{timestamp}}}","duration":0,"status":404,"traceId":"","error":{"errCode":"Common.NotFound","message":"x"}}""";
        SchemaCatalog.Errors("error-envelope", json).Should().HaveCount(valid ? 0 : 1);
    }

    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":2886},"force_kill":false,"extra":1}""", true)]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":2886}}""", true)]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":2886},"force_kill":"true"}""", false)]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":2886},"force_kill":{}}""", false)]
    [TestCase("""{"agent_info":{"ip":"","port":2886}}""", false)]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":0}}""", false)]
    [TestCase("""{"agent_info":{"ip":"10.10.10.4","port":"2886"}}""", false)]
    [TestCase("""{"force_kill":true}""", false)]
    public void Scale_in_request_rules(string json, bool valid)
    {
        SchemaCatalog.Errors("scale-in-request", json).Should().HaveCount(c => valid ? c == 0 : c > 0);
    }

    [Test]
    public void An_envelope_cannot_carry_both_data_and_error()
    {
        const string both = """{"successful":false,"timestamp":"0001-01-01T00:00:00Z","duration":0,"status":400,"traceId":"","data":{},"error":{"errCode":"A.B","message":"m"}}""";
        SchemaCatalog.Errors("envelope", both).Should().NotBeEmpty();
        SchemaCatalog.Errors("error-envelope", both).Should().NotBeEmpty();
    }

    [Test]
    public void A_legacy_error_with_only_a_numeric_code_is_accepted()
    {
        const string legacy = """{"successful":false,"timestamp":"2024-01-01T00:00:00Z","duration":3,"status":401,"traceId":"","error":{"code":10008,"message":"m"}}""";
        SchemaCatalog.Errors("error-envelope", legacy).Should().BeEmpty();
    }

    [Test]
    public void A_lower_case_state_is_refused()
    {
        const string dag = """{"id":"11","dag_id":1,"name":"n","stage":1,"max_stage":5,"state":"ready","operator":"RUN","start_time":"0001-01-01T00:00:00Z","end_time":"0001-01-01T00:00:00Z","additional_data":null,"nodes":null}""";
        SchemaCatalog.Errors("dag-detail", dag).Should().NotBeEmpty();
    }
}
