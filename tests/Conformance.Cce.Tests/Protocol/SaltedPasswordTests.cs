using System.Text;
using System.Text.RegularExpressions;
using Conformance.Cce.Protocol;

namespace Conformance.Cce.Tests.Protocol;

public sealed class SaltedPasswordTests
{
    [Test]
    public void Is_base64_of_a_sha512_crypt_with_a_16_char_alphanumeric_salt()
    {
        var salted = SaltedPassword.Create("Conform@nce1");
        var crypt = Encoding.UTF8.GetString(Convert.FromBase64String(salted));

        crypt.Should().MatchRegex("^\\$6\\$[0-9a-zA-Z]{16}\\$[./0-9A-Za-z]{86}$");
        Sha512Crypt.Verify("Conform@nce1", crypt).Should().BeTrue();
        SaltedPassword.Matches("Conform@nce1", salted).Should().BeTrue();
        SaltedPassword.Matches("Conform@nce2", salted).Should().BeFalse();
    }

    [Test]
    public void A_given_salt_makes_it_reproducible() =>
        SaltedPassword.Create("Hello world!", "saltstring").Should().Be(Convert.ToBase64String(Encoding.UTF8.GetBytes(
            "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1")));

    [Test]
    public void Salts_differ_between_calls() =>
        SaltedPassword.Create("Conform@nce1").Should().NotBe(SaltedPassword.Create("Conform@nce1"));

    [Test]
    public void New_salts_are_16_alphanumerics() =>
        Regex.IsMatch(SaltedPassword.NewSalt(), "^[0-9a-zA-Z]{16}$").Should().BeTrue();

    [TestCase("Conform@nce1")]
    [TestCase("")]
    [TestCase("not base64!")]
    [TestCase("JDUkc2FsdCRoYXNo")] // "$5$salt$hash"
    [TestCase("JDYkc2FsdCRoYXNo")] // "$6$salt$hash": hash too short
    public void Tells_a_non_salted_value(string value) => SaltedPassword.IsSalted(value).Should().BeFalse();

    [Test]
    public void Tells_a_salted_value() => SaltedPassword.IsSalted(SaltedPassword.Create("x")).Should().BeTrue();
}
