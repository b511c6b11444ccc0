using System.Security.Cryptography;
using Conformance.Obshell.Drivers;
using Reqnroll;
using Conformance.Engine.Checks;

namespace Conformance.Obshell.Steps;

/// <summary>Thens of the unauthenticated /api/v1/secret and /api/v1/info routes.</summary>
[Binding]
public sealed class InfoSteps(ObshellDriver driver)
{
    [Then("the public key is a base64 PKCS#1 RSA public key")]
    public void PublicKey()
    {
        var text = driver.Last.Json?["data"]?["public_key"]?.ToString() ?? string.Empty;
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportRSAPublicKey(Convert.FromBase64String(text), out _);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            throw new ExpectationFailedException($"$.data.public_key: expected base64 of a PKCS#1 DER RSA public key but it does not import ({e.Message})");
        }
    }

    [Then("supportedAuth lists {string}")]
    public void SupportedAuth(string version)
    {
        var list = driver.Last.Json?["data"]?["supportedAuth"] as System.Text.Json.Nodes.JsonArray;
        Expect.That(list is not null && list.Any(v => v?.ToString() == version),
            () => $"$.data.supportedAuth: expected it to list \"{version}\" but found {JsonPath.Show(driver.Last.Json?["data"]?["supportedAuth"])}");
    }
}
