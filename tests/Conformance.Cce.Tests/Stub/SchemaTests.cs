using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Cce.Tests.Support;

namespace Conformance.Cce.Tests.Stub;

public sealed class SchemaTests
{
    private static readonly string[] Forbidden =
    [
        "const", "if", "then", "else", "contains", "propertyNames", "dependencies", "dependentRequired",
        "dependentSchemas", "unevaluatedProperties", "unevaluatedItems", "prefixItems", "$defs", "format",
    ];

    private static IEnumerable<string> Files() =>
        Directory.GetFiles(SchemaFiles.Directory, "*.schema.json").Select(Path.GetFileName).OfType<string>().Order();

    [TestCaseSource(nameof(Files))]
    public void Reads_as_a_draft_07_specification_with_supported_keywords_only(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFiles.Directory, file)))!.AsObject();

        ((string?)root["$schema"]).Should().Be("http://json-schema.org/draft-07/schema#");
        ((string?)root["title"]).Should().NotBeNullOrWhiteSpace();
        ((string?)root["description"]).Should().NotBeNullOrWhiteSpace();
        Keywords(root).Intersect(Forbidden).Should().BeEmpty();
        SchemaFiles.Validate(file, "{}").Should().NotBeNull("the schema and its $refs load");
    }

    private static IEnumerable<string> Keywords(JsonNode? node, bool underProperties = false) => node switch
    {
        JsonObject o => o.SelectMany(p =>
            (underProperties ? [] : new[] { p.Key })
                .Concat(Keywords(p.Value, p.Key is "properties" or "definitions" && !underProperties))),
        JsonArray a => a.SelectMany(n => Keywords(n)),
        _ => [],
    };

    [TestCase("task-status.schema.json", "{\"jobID\":\"j\"}", true)]
    [TestCase("task-status.schema.json", "{\"jobId\":\"j\"}", false)]
    [TestCase("task-status.schema.json", "{\"jobID\":1}", false)]
    [TestCase("remove-nodes-task.response.schema.json", "{\"spec\":{\"nodes\":[{\"uid\":\"u\"}]}}", false)]
    [TestCase("remove-nodes-task.response.schema.json", "{\"status\":{\"jobID\":\"j\"}}", true)]
    [TestCase("cce-error.schema.json", "{\"errorCode\":\"CCE.01400001\",\"errorMessage\":\"m\"}", true)]
    [TestCase("cce-error.schema.json", "{\"error_code\":\"CCE.01400001\",\"error_msg\":\"m\",\"message\":\"x\"}", true)]
    [TestCase("cce-error.schema.json", "{\"errorCode\":\"CCE.01400001\"}", false)]
    [TestCase("cce-error.schema.json", "{\"code\":\"x\"}", false)]
    [TestCase("gateway-error.schema.json", "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"m\",\"request_id\":\"r\"}", true)]
    [TestCase("gateway-error.schema.json", "{\"error_code\":\"CCE.01401001\",\"error_msg\":\"m\"}", false)]
    [TestCase("job.schema.json", "{\"metadata\":{\"uid\":\"j\",\"creationTimestamp\":\"2020-02-02 08:12:40.672772389 +0000 UTC\"},\"spec\":{\"subJobs\":[]},\"status\":{\"phase\":\"Running\"}}", true)]
    [TestCase("job.schema.json", "{\"metadata\":{\"uid\":\"j\"},\"spec\":{},\"status\":{\"phase\":\"Done\"}}", false)]
    [TestCase("job.schema.json", "{\"metadata\":{\"uid\":\"j\"},\"spec\":{\"subJobs\":[{\"status\":{}}]},\"status\":{\"phase\":\"Success\"}}", false)]
    [TestCase("job.schema.json", "{\"metadata\":{\"uid\":\"j\",\"updateTimestamp\":5},\"spec\":{},\"status\":{\"phase\":\"Success\"}}", false)]
    [TestCase("login.schema.json", "{\"removeUserPassword\":true,\"sshKey\":\"k\"}", true)]
    [TestCase("login.schema.json", "{\"removeSSHKey\":true,\"userPassword\":{\"password\":\"p\"}}", true)]
    [TestCase("login.schema.json", "{\"removeSSHKey\":\"true\"}", false)]
    [TestCase("user-password.schema.json", "{\"username\":\"root\"}", false)]
    [TestCase("node-item.schema.json", "{\"uid\":\"\"}", false)]
    public void Accepts_and_refuses(string file, string json, bool valid) =>
        (SchemaFiles.Validate(file, json).Count == 0).Should().Be(valid, string.Join("; ", SchemaFiles.Validate(file, json)));

    [Test]
    public void Descriptions_name_the_job_timestamp_layout() =>
        Regex.IsMatch(File.ReadAllText(Path.Combine(SchemaFiles.Directory, "job.schema.json")), "\\+0000 UTC").Should().BeTrue();
}
