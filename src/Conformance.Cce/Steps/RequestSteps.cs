using System.Text.Json.Nodes;
using Conformance.Cce.Drivers;
using Conformance.Engine.Running;
using Reqnroll;
using Conformance.Engine.Checks;

namespace Conformance.Cce.Steps;

/// <summary>Steps that build the RemoveNode request: which nodes, where, and the one field a scenario breaks.</summary>
[Binding]
[Scope(Tag = "cce")]
public sealed class RequestSteps(CceDriver driver)
{
    [Given("a request to remove a removable node")]
    public Task OneNode() => driver.NewRequestAsync(1);

    [Given("a request to remove {int} removable nodes")]
    public Task Nodes(int count) => driver.NewRequestAsync(count);

    [Given("a request to remove {int} distinct nodes, one of them removable and the rest unknown")]
    public async Task OneKnownRestUnknown(int count)
    {
        var known = await driver.LeaseAsync(1);
        driver.NewRequest(known.Concat(UnknownUids(count - 1)).ToList(), known);
    }

    [Given("a request to remove {int} distinct unknown nodes")]
    public void AllUnknown(int count) => driver.NewRequest(UnknownUids(count), []);

    [Given("a request to remove the unknown node of the profile")]
    public void UnknownNode() =>
        driver.NewRequest([driver.Profile.UnknownNodeUid ?? throw new FixtureMissingException("cce.unknownNodeUid")], []);

    [Given("the request targets the unknown cluster of the profile")]
    public void UnknownCluster() =>
        driver.Request.ClusterId = driver.Profile.UnknownClusterId ?? throw new FixtureMissingException("cce.unknownClusterId");

    [Given("the request targets a project that does not exist")]
    public void UnknownProject() => driver.Request.ProjectId = Guid.NewGuid().ToString("N");

    /// <param name="value">A JSON value without spaces, or "absent" to drop the field.</param>
    [Given("the body field {string} becomes {word}")]
    public void Field(string path, string value)
    {
        if (value == "absent")
        {
            JsonPath.Remove(driver.Request.Body, path);
            return;
        }

        JsonPath.Set(driver.Request.Body, path, JsonNode.Parse(value));
    }

    [Given("the body field {string} becomes:")]
    public void FieldDocString(string path, string json) => JsonPath.Set(driver.Request.Body, path, JsonNode.Parse(json));

    [Given("the body is the text {string}")]
    public void RawBody(string text) => driver.Request.RawBody = text;

    [Given("the content type is {string}")]
    public void ContentType(string contentType) => driver.Request.ContentType = contentType;

    // Random v4 uids have the shape of real node uids, so only a lookup can tell they are unknown.
    private static List<string> UnknownUids(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid().ToString()).ToList();
}
