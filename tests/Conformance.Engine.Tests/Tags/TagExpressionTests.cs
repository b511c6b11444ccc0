using Conformance.Engine.Tags;
using FluentAssertions;

namespace Conformance.Engine.Tests.Tags;

public sealed class TagExpressionTests
{
    [TestCase("@must", "@must,@req:A", true)]
    [TestCase("@must", "@should", false)]
    [TestCase("@must and not @slow", "@must,@slow", false)]
    [TestCase("@must and not @slow", "@must", true)]
    [TestCase("@a or @b and @c", "@a", true)]
    [TestCase("(@a or @b) and @c", "@a", false)]
    [TestCase("not (@a or @b)", "@c", true)]
    [TestCase("", "@anything", true)]
    [TestCase("@MUST", "@must", true)]
    public void Expressions_follow_cucumber_precedence(string expression, string tags, bool expected) =>
        TagExpression.Parse(expression).Matches(tags.Split(',')).Should().Be(expected);

    [TestCase("@a and")]
    [TestCase("(@a")]
    [TestCase("@a @b")]
    [TestCase("and @a")]
    public void A_malformed_expression_is_a_configuration_error(string expression)
    {
        var act = () => TagExpression.Parse(expression);

        act.Should().Throw<ConfigurationException>().WithMessage($"--tags '{expression}'*");
    }
}
