using Conformance.Engine.Secrets;
using FluentAssertions;

namespace Conformance.Engine.Tests.Secrets;

/// <summary>The masker's snapshot of secrets: every secret masked, raw and base64, longest first, added at any time.</summary>
public sealed class SecretMaskerTests
{
    [Test]
    public void A_secret_added_after_masking_began_is_masked_too()
    {
        var masker = new SecretMasker();
        masker.Add("first-secret");
        masker.Apply("first-secret second-secret").Should().Be("*** second-secret");

        masker.Add("second-secret");

        masker.Apply("first-secret second-secret").Should().Be("*** ***");
    }

    [Test]
    public void A_secret_containing_another_is_masked_whole()
    {
        var masker = new SecretMasker();
        masker.Add("pass");
        masker.Add("password-1234");

        masker.Apply("x password-1234 y pass").Should().Be("x *** y ***");
    }

    [Test]
    public void The_base64_form_is_masked()
    {
        var masker = new SecretMasker();
        masker.Add("Cce@Conform2024");

        masker.Apply("Basic " + Convert.ToBase64String("Cce@Conform2024"u8.ToArray())).Should().Be("Basic ***");
    }

    [Test]
    public void Secrets_added_from_many_threads_are_all_masked()
    {
        var masker = new SecretMasker();
        var secrets = Enumerable.Range(0, 200).Select(i => $"secret-{i:000}-value").ToList();

        Parallel.ForEach(secrets, masker.Add);

        masker.Apply(string.Join(" ", secrets)).Should().Be(string.Join(" ", secrets.Select(_ => SecretMasker.Mask)));
    }
}
