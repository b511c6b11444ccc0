using System.Text.Json.Nodes;
using Conformance.Obshell.Drivers;
using Reqnroll;
using Conformance.Engine.Checks;

namespace Conformance.Obshell.Steps;

/// <summary>Thens about the last answer: envelope, status, error code and trace id.</summary>
[Binding]
public sealed class AnswerSteps(ObshellDriver driver)
{
    [Then("the answer is a success envelope")]
    public void Success() => EnvelopeCheck.Success(driver.Last, driver.Run.Schemas);

    [Then("the answer is an error envelope")]
    public void AnyError() => EnvelopeCheck.Error(driver.Last, driver.Run.Schemas);

    [Then("the answer is an error envelope with status {int}")]
    public void Error(int status)
    {
        Expect.Status(status, driver.Last.Status, driver.Last.Text);
        EnvelopeCheck.Error(driver.Last, driver.Run.Schemas);
    }

    [Then("the answer is {int} without a body")]
    public void NoBody(int status) => EnvelopeCheck.NoBody(driver.Last, status);

    [Then("the error code is {string}")]
    public void ErrCode(string expected)
    {
        var error = driver.Last.Json?["error"];
        Expect.That(error?["errCode"] is not null, () => $"$.error.errCode: expected \"{expected}\" but it is absent (error: {JsonPath.Show(error)})");
        Expect.Field(driver.Last.Json, "$.error.errCode", System.Text.Json.JsonSerializer.Serialize(expected));
    }

    [Then("the error code starts with {string}")]
    public void ErrCodeFamily(string prefix)
    {
        var code = driver.Last.Json?["error"]?["errCode"];
        Expect.That(code is JsonValue v && v.TryGetValue<string>(out var s) && s.StartsWith(prefix, StringComparison.Ordinal),
            () => $"$.error.errCode: expected a code starting with \"{prefix}\" but found {JsonPath.Show(code)} (HTTP {driver.Last.Status})");
    }

    [Then("the traceId echoes the trace id sent")]
    public void TraceId()
    {
        var sent = driver.LastTraceId ?? throw new InvalidOperationException("the last request sent no trace id");
        Expect.Field(driver.Last.Json, "$.traceId", System.Text.Json.JsonSerializer.Serialize(sent));
    }

    [Then("the field {string} is {string}")]
    public void Field(string path, string value) => Expect.Field(driver.Last.Json, path, value);

    [Then("the answer matches the schema {string}")]
    public void Schema(string schema) => driver.Run.Schemas.AssertValid("obshell/" + schema, driver.Last.Text, $"the HTTP {driver.Last.Status} answer");
}
