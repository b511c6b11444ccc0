using Conformance.Cce.Protocol;
using Conformance.Testing;
using CsCheck;

namespace Conformance.Cce.Tests.Protocol;

/// <summary>The system's crypt(3) fast path against the managed SHA-512 crypt: the same string for every input it takes.</summary>
public sealed class SystemCryptTests
{
    private const string Alphabet = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    [Test]
    public void The_system_crypt_is_there_on_Linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("crypt_rn is looked for on Linux only; elsewhere the managed code hashes");
        }

        if (!SystemCrypt.IsAvailable)
        {
            Prerequisite.Missing("libcrypt.so.1 with crypt_rn is missing: passwords are salted by the slower managed code");
        }

        SystemCrypt.TryHash("Hello world!", "$6$saltstring").Should()
            .Be("$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1");
    }

    [Test]
    public void Agrees_with_the_managed_crypt_on_any_password_salt_and_rounds()
    {
        var salt = Gen.OneOf(
            Gen.String[Gen.Char[Alphabet], 1, 20],
            Gen.String[Gen.Char[' ', '~'], 1, 20].Where(s => !s.Contains('$', StringComparison.Ordinal)));
        var rounds = Gen.OneOf(Gen.Const(""), Gen.Int[0, 2500].Select(r => $"rounds={r}$"), Gen.Const("rounds=x$"));
        var password = Gen.OneOf(Gen.String[0, 40], Gen.String[Gen.Char[' ', '~'], 0, 40]);
        Gen.Select(password, salt, rounds).Sample((p, s, r) =>
        {
            var setting = "$6$" + r + s;
            Sha512Crypt.Hash(p, setting).Should().Be(Sha512Crypt.Hash(p, setting, allowNative: false), $"password {p}, setting {setting}");
        }, iter: 60);
    }

    [Test]
    public void A_password_with_a_NUL_is_hashed_whole()
    {
        Sha512Crypt.Hash("ab\0cd", "$6$saltstring").Should().NotBe(Sha512Crypt.Hash("ab", "$6$saltstring"))
            .And.Be(Sha512Crypt.Hash("ab\0cd", "$6$saltstring", allowNative: false));
    }
}
