using Conformance.Cce.Drivers;
using Reqnroll;

namespace Conformance.Cce.Steps;

/// <summary>Steps that send the request, with the profile's credentials or a deliberate authentication fault.</summary>
[Binding]
[Scope(Tag = "cce")]
public sealed class SendSteps(CceDriver driver)
{
    [When("the request is sent")]
    [When("the request is sent again")]
    public Task Send() => driver.SendAsync();

    [When("the request is sent without credentials")]
    public Task WithoutCredentials() => driver.SendAsync(CceAuthMode.None);

    [When("the request is sent with a wrong token")]
    public Task WrongToken() => driver.SendAsync(CceAuthMode.WrongToken);

    [When("the request is sent with a wrong signature")]
    public Task WrongSignature() => driver.SendAsync(CceAuthMode.WrongSignature);

    [When("the request is sent signed with the access key")]
    public Task Signed() => driver.SendAsync(CceAuthMode.Signature);

    [When("the request is sent signed with an X-Sdk-Date {int} minutes off")]
    public Task Skewed(int minutes) => driver.SendAsync(CceAuthMode.Signature, TimeSpan.FromMinutes(minutes));
}
