using Conformance.Engine.Checks;
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

    /// <summary>
    /// Whatever a server does with a strong plaintext password is only noted, but it must do the same whichever of the
    /// page's special characters makes it strong: a server that takes the digit-made control password and refuses the
    /// one made strong by a special character does not count that character.
    /// </summary>
    [Then("the password is judged as the plaintext control {string} is")]
    public async Task JudgedAsControl(string control)
    {
        PasswordRows.ExpectStrong(control, "(omitted)");
        var special = driver.Last;
        var specialDescription = driver.Request.Description;
        await driver.NewRequestAsync(1);
        new LoginSteps(driver).Plaintext(control, "(omitted)");
        var answer = await driver.SendAsync();
        Expect.That(!(answer.Status == 200 && special.Status != 200), () =>
            $"{driver.Request.Description} is accepted (200) but {specialDescription} is refused " +
            $"({special.Status} {ErrorBody.Code(special) ?? "no code"}): its special character is not counted as the special class");
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
