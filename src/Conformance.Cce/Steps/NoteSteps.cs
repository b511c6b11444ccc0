using Conformance.Cce.Drivers;
using Reqnroll;

namespace Conformance.Cce.Steps;

/// <summary>Steps for points no public source settles: the answer is recorded as a note, never judged.</summary>
[Binding]
[Scope(Tag = "cce")]
public sealed class NoteSteps(CceDriver driver)
{
    [Then("the answer is noted as {string}")]
    public void Noted(string noteId)
    {
        // An accepted request started a removal: the driver follows its job when the scenario ends.
        var last = driver.Last;
        driver.Log.Note(noteId, last.Status == 200
            ? $"{driver.Request.Description}: accepted (200)"
            : $"{driver.Request.Description}: refused ({last.Status} {ErrorBody.Code(last) ?? "no code"})");
    }

    /// <summary>Either outcome is conformant; a success must be a proper one and a refusal a proper error body.</summary>
    [Then("the answer is a success or a well-formed error, noted as {string}")]
    public async Task SuccessOrError(string noteId)
    {
        var last = driver.Last;
        if (last.Status == 200)
        {
            driver.Log.Note(noteId, "a RemoveNodesTask without spec.login is accepted: login is not required");
            driver.ExpectAccepted("the RemoveNode request without login");
            await new JobSteps(driver).ReachesSuccess();
            return;
        }

        driver.Log.Note(noteId, $"a RemoveNodesTask without spec.login is refused ({last.Status} {ErrorBody.Code(last) ?? "no code"}): login is required");
        AnswerChecks.ErrorShape(driver);
    }
}
