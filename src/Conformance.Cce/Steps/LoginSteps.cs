using System.Text.Json.Nodes;
using Conformance.Cce.Drivers;
using Conformance.Cce.Protocol;
using Reqnroll;

namespace Conformance.Cce.Steps;

/// <summary>Steps that set spec.login: a password (plaintext or salted) or a key pair, and the row self-checks.</summary>
[Binding]
[Scope(Tag = "cce")]
public sealed class LoginSteps(CceDriver driver)
{
    [Given("the password {string} breaks the rule {string} for the user {string}")]
    public void Breaks(string password, string rule, string user) => PasswordRows.ExpectBroken(password, rule, user);

    [Given("the password {string} is strong for the user {string}")]
    public void Strong(string password, string user) => PasswordRows.ExpectStrong(password, user);

    [Given("the login is the plaintext password {string} for the user {string}")]
    public void Plaintext(string password, string user) => SetPassword(password, user, $"the plaintext password '{password}'");

    [Given("the login is the salted password {string} for the user {string}")]
    public void Salted(string password, string user) => SetPassword(SaltedPassword.Create(password), user, $"the salted form of '{password}'");

    [Given("the login is the key pair {string}")]
    public void KeyPair(string name) => driver.Request.Body["spec"]!["login"] = new JsonObject { ["sshKey"] = name };

    private void SetPassword(string wireValue, string user, string description)
    {
        var userPassword = new JsonObject();
        if (PasswordRows.Username(user) is { } name)
        {
            userPassword["username"] = name;
        }

        userPassword["password"] = wireValue;
        driver.Request.Body["spec"]!["login"] = new JsonObject { ["userPassword"] = userPassword };
        driver.Request.SentPassword = wireValue;
        driver.Request.Description = $"{description} for user {user}";
    }
}
