using Conformance.Cce.Protocol;

namespace Conformance.Cce.Tests.Protocol;

public sealed class Sha512CryptTests
{
    // Drepper, "Unix crypt using SHA-256 and SHA-512", SHA-512 test vectors.
    [TestCase("$6$saltstring", "Hello world!",
        "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1")]
    [TestCase("$6$rounds=10000$saltstringsaltstring", "Hello world!",
        "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v.")]
    [TestCase("$6$rounds=5000$toolongsaltstring", "This is just a test",
        "$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQzQ3glMhwllF7oGDZxUhx1yxdYcz/e1JSbq3y6JMxxl8audkUEm0")]
    [TestCase("$6$rounds=1400$anotherlongsaltstring",
        "a very much longer text to encrypt.  This one even stretches over morethan one line.",
        "$6$rounds=1400$anotherlongsalts$POfYwTEok97VWcjxIiSOjiykti.o/pQs.wPvMxQ6Fm7I6IoYN3CmLs66x9t0oSwbtEW7o7UmJEiDwGqd8p4ur1")]
    [TestCase("$6$rounds=77777$short", "we have a short salt string but not a short password",
        "$6$rounds=77777$short$WuQyW2YR.hBNpjjRhpYD/ifIw05xdfeEyQoMxIXbkvr0gge1a1x3yRULJ5CCaUeOxFmtlcGZelFl5CxtgfiAc0")]
    [TestCase("$6$rounds=123456$asaltof16chars..", "a short string",
        "$6$rounds=123456$asaltof16chars..$BtCwjqMJGx5hrJhZywWvt0RLE8uZ4oPwcelCjmw2kSYu.Ec6ycULevoBK25fs2xXgMNrCzIMVcgEJAstJeonj1")]
    [TestCase("$6$rounds=10$roundstoolow", "the minimum number is still observed",
        "$6$rounds=1000$roundstoolow$kUMsbe306n21p9R.FRkW3IGn.S9NPN0x50YhH1xhLsPuWGsUSklZt58jaTfF4ZEQpyUNGc0dqbpBYYBaHHrsX.")]
    public void Matches_the_published_vectors(string setting, string password, string expected)
    {
        Sha512Crypt.Hash(password, setting).Should().Be(expected);
        Sha512Crypt.Hash(password, setting, allowNative: false).Should().Be(expected, "the managed fallback answers alike");
        Sha512Crypt.Verify(password, expected).Should().BeTrue();
        Sha512Crypt.IsWellFormed(expected).Should().BeTrue();
    }

    [Test]
    public void A_full_crypt_string_works_as_setting() =>
        Sha512Crypt.Hash("Hello world!", "$6$saltstring$anything").Should().StartWith("$6$saltstring$svn8Uo");

    [Test]
    public void Verify_refuses_a_wrong_password() =>
        Sha512Crypt.Verify("Hello world?",
            "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1")
            .Should().BeFalse();

    [TestCase("$5$saltstring$abc")]
    [TestCase("$6$$" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [TestCase("$6$salt$tooshort")]
    [TestCase("plain")]
    public void Recognises_malformed_strings(string value) => Sha512Crypt.IsWellFormed(value).Should().BeFalse();
}
