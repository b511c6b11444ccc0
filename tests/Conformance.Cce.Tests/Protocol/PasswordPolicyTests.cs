using Conformance.Cce.Protocol;

namespace Conformance.Cce.Tests.Protocol;

public sealed class PasswordPolicyTests
{
    [TestCase("Abcde1!", PasswordRule.TooShort)]
    [TestCase("Abcdef1!", PasswordRule.None)]
    [TestCase("Abcdefghijklmnopqrstuvwx1!", PasswordRule.None)]
    [TestCase("Abcdefghijklmnopqrstuvwxy1!", PasswordRule.TooLong)]
    public void Length_is_8_to_26(string password, PasswordRule expected)
    {
        PasswordPolicy.Check(password).Should().Be(expected);
    }

    [TestCase("abcdefgh12", PasswordRule.TooFewCharacterClasses)]
    [TestCase("ABCDEFGH12", PasswordRule.TooFewCharacterClasses)]
    [TestCase("Abcdefghij", PasswordRule.TooFewCharacterClasses)]
    [TestCase("abcdefg!@$", PasswordRule.TooFewCharacterClasses)]
    [TestCase("12345678!@", PasswordRule.TooFewCharacterClasses)]
    [TestCase("Abcdefgh12", PasswordRule.None)]
    [TestCase("abcdefgh1!", PasswordRule.None)]
    [TestCase("ABCDEFGH1!", PasswordRule.None)]
    [TestCase("Abcdefghi!", PasswordRule.None)]
    public void Three_of_four_classes_are_needed(string password, PasswordRule expected) =>
        PasswordPolicy.Check(password).Should().Be(expected);

    [Test]
    public void Every_page_special_character_counts_as_a_class(
        [ValueSource(nameof(Specials))] char special) =>
        PasswordPolicy.Check("abcdefg1" + special).Should().Be(PasswordRule.None);

    private static IEnumerable<char> Specials() => PasswordPolicy.SpecialCharacters;

    [TestCase('~')]
    [TestCase('#')]
    [TestCase('*')]
    [TestCase(' ')]
    public void Other_characters_do_not_count_as_special(char other) =>
        PasswordPolicy.Check("abcdefg1" + other).Should().Be(PasswordRule.TooFewCharacterClasses);

    [TestCase("Abc1!root9", null, PasswordRule.ContainsUsername)]
    [TestCase("Abc1!toor9", null, PasswordRule.ContainsReversedUsername)]
    [TestCase("Abc1!ROOT9", "root", PasswordRule.ContainsUsername)]
    [TestCase("Abc1!ro0t9", "root", PasswordRule.None)]
    [TestCase("Xy1!admin9", "admin", PasswordRule.ContainsUsername)]
    [TestCase("Xy1!nimda9", "admin", PasswordRule.ContainsReversedUsername)]
    [TestCase("Xy1!root99", "admin", PasswordRule.None)]
    public void Must_not_contain_the_username_or_its_reverse(string password, string? username, PasswordRule expected) =>
        PasswordPolicy.Check(password, username).Should().Be(expected);

    [Test]
    public void Default_username_is_root() =>
        PasswordPolicy.Check("Abc1!toor9").Should().Be(PasswordRule.ContainsReversedUsername);
}
