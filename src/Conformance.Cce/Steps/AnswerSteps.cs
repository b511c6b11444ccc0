using Conformance.Cce.Drivers;
using Reqnroll;
using Conformance.Engine.Checks;

namespace Conformance.Cce.Steps;

/// <summary>Steps that judge the last answer: status, error code and body, headers, the echoed spec.</summary>
[Binding]
[Scope(Tag = "cce")]
public sealed class AnswerSteps(CceDriver driver)
{
    [Then("the request is accepted")]
    public void Accepted() => driver.ExpectAccepted("the RemoveNode request");

    [Then("the request is refused with {int}")]
    public void Refused(int status) => Expect.Status(driver.Last, status, "the RemoveNode request");

    [Then("the error code is {string}")]
    public void Code(string code) => ErrorBody.ExpectCode(driver.Last, code);

    [Then("the error code is {string} or {string}")]
    public void CodeEither(string code, string other) => ErrorBody.ExpectCode(driver.Last, code, other);

    [Then("the error body carries a code and a message")]
    public void CodeAndMessage() => AnswerChecks.ErrorShape(driver);

    [Then("the error body carries both spellings")]
    public void BothSpellings() => AnswerChecks.BothSpellings(driver.Last);

    [Then("the answer carries an X-Request-Id header")]
    public void RequestId() => AnswerChecks.RequestId(driver.Last, "the RemoveNode answer");

    [Then("the job answer carries an X-Request-Id header")]
    public void JobRequestId() =>
        AnswerChecks.RequestId(driver.LastJobAnswer ?? throw new InvalidOperationException("suite error: no job was polled"), "the job answer");

    [Then("the answer echoes apiVersion, kind and the nodes sent")]
    public void Echoes() => AnswerChecks.Echo(driver);

    [Then("the password sent does not come back")]
    public void Masked() => AnswerChecks.PasswordMasked(driver);
}
